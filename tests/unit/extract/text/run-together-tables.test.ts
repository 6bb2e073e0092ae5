import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunTogetherTables } from '../../../../lib/extract/text/run-together-tables';
import { checkText } from '../../../../lib/pipeline';

/**
 * Run-together text (a crawler's copy of a page, every table cell glued to the next) on seed 000 as a crawler
 * saves it (tests/fixtures/crawler/seed-000.txt), with one named edit per case.
 */
const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../../fixtures/crawler/seed-000.txt'), 'utf8');
const edit = (from: string, to: string) => {
  if (!CRAWLED.includes(from)) throw new Error(`${from} not in seed-000.txt`);
  return CRAWLED.replace(from, to);
};

describe('readRunTogetherTables: table 二', () => {
  it('should leave a row of table 二 with no figures printed unread, and read the rows around it', () => {
    // 规章000 → 规章: the label stands with nothing after it before the next label
    const text = edit('规章000行政规范性文件000', '规章行政规范性文件000');
    const tables = readRunTogetherTables(text);
    const unread = tables.problems.filter((p) => p.kind === 'cells-unread' && p.table === 'active');
    expect(unread.flatMap((p) => ('cells' in p ? (p.cells ?? []) : []))).toEqual(['active.regulations.issued', 'active.regulations.repealed', 'active.regulations.effective']);
    const { report } = checkText(text, 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.active?.normativeDocuments?.effective?.value).toBe(0);
    expect(report.tables.active?.regulations?.issued?.value).toBeNull();
  });
});
