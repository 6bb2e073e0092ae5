import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../cli/parse-html';
import { readHtml } from '../../../../lib/extract/html/read-html';
import { identifyTable } from '../../../../lib/extract/map/identify-table';
import { readRequestColumns } from '../../../../lib/extract/map/request-columns';
import type { RawCell } from '../../../../lib/extract/raw-table';

const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/pages');
/** A flattened table's header row: its cells in printed order. */
const line = (r: number, texts: string[]): RawCell[] => texts.map((text, col) => ({ text, row: r, col, colSpan: 1, rowSpan: 1 }));
const SIX = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];

describe('readRequestColumns on a flattened header (read in sequence)', () => {
  it('should read the template’s header printed in sequence', () => {
    const header = [line(0, ['申请人情况']), line(1, ['自然人', '法人或其他组织', '总计']), line(2, SIX)];
    expect(readRequestColumns(header, false)).toEqual(['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total']);
  });

  it('should take a cell that runs the note into 法人或其他组织 (as shanghai-stcsm-2024 prints it) for no group label', () => {
    // the cell stands where the note stands, before 自然人: taken for the group, its five columns would come first
    const header = [
      line(0, ['申请人情况']),
      line(1, ['（本列数据的勾稽关系为：第一项加第二项法人或其他组织', '自然人', '总计']),
      line(2, ['之和，等于第三项加第四项之和）']),
      line(3, SIX),
    ];
    expect(readRequestColumns(header, false)).toBeNull();
  });

  it('should read no columns from flat-000.html’s header in sequence, which names each 法人 column five times', () => {
    // the flat page prints 法人或其他组织 in each of the five columns it covers: not each column named once
    const doc = readHtml(parseHtml(readFileSync(path.join(PAGES, 'flat-000.html'), 'utf8')));
    const raw = doc.tables.find((t) => identifyTable(t) === 'requests');
    const header = raw?.rows.slice(0, 3) ?? [];
    expect(header.map((r) => r.filter((c) => c.text === '法人或其他组织').length)).toEqual([0, 5, 0]);
    expect(readRequestColumns(header, false)).toBeNull();
  });
});
