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
    expect(unread.flatMap((p) => ('cells' in p ? (p.cells ?? []) : []))).toEqual([
      'active.regulations.issued',
      'active.regulations.repealed',
      'active.regulations.effective',
    ]);
    const { report } = checkText(text, 'https://www.bjtzh.gov.cn/000.html');
    expect(report.tables.active?.normativeDocuments?.effective?.value).toBe(0);
    expect(report.tables.active?.regulations?.issued?.value).toBeNull();
  });
});

describe('readRunTogetherTables: table 三', () => {
  it('should place an unread cell where its figure stands when read (a header not the template’s: 小计 in seed 000)', () => {
    // the row as rebuilt: （三） and 4.保护第三方合法权益 as two label cells, then its seven figures
    const row = (text: string) =>
      readRunTogetherTables(text)
        .tables.flatMap((t) => t.rows)
        .find((r) => r[1]?.text === '4.保护第三方合法权益');
    const read = row(CRAWLED);
    const unread = row(edit('法人或其他组织总计', '法人或其他组织小计总计'));
    expect(read?.map((c) => c.text)).toEqual(['（三）', '4.保护第三方合法权益', '0', '0', '0', '0', '0', '0', '0']);
    expect(unread?.map((c) => c.unread ?? false)).toEqual([false, false, true, true, true, true, true, true, true]);
    expect(unread?.map((c) => [c.row, c.col])).toEqual(read?.map((c) => [c.row, c.col]));
    expect(read?.map((c) => c.col)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
