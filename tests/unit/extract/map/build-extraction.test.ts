import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExtraction } from '../../../../lib/extract/map/build-extraction';
import type { RawTable, SourceDoc } from '../../../../lib/extract/raw-table';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { readText } from '../../../../lib/extract/text/read-text';
import { CORPUS } from '../../../helpers/corpus';
import { seedText } from '../../../helpers/seeds';

/**
 * buildExtraction on seed 003 (北京市通州区 2024, flattened from Word: 表二, 表三 and 表四 as three raw tables) and on
 * minimal named edits of its raw tables: a table printed twice (alike, or with one figure changed, or cut short),
 * a table left out, a table whose rows carry no label, the title lines left out.
 */
const SEED_003 = seedText('003');
const seedDoc = () => readFlatText(SEED_003);
/** the doc with its raw tables replaced (re-indexed in order) */
const withTables = (doc: SourceDoc, tables: RawTable[]): SourceDoc => ({ ...doc, tables: tables.map((t, index) => ({ ...t, index })) });
/** a copy of a raw table with the text of one cell changed */
const edit = (t: RawTable, row: number, col: number, text: string): RawTable => {
  const copy = structuredClone(t);
  copy.rows[row]![col]!.text = text;
  return copy;
};

describe('buildExtraction on seed 003', () => {
  it('should read the three tables, the title, the agency and the year, with no problem', () => {
    const x = buildExtraction(seedDoc(), false);
    expect(x).toMatchObject({
      detected: true,
      format: '2021',
      title: '北京市通州区2024年政府信息公开工作年度报告',
      agency: '北京市通州区',
      year: 2024,
      yearBasis: { from: 'title' },
      published: null,
      requestSubtotals: {},
      tableMarkers: { m2021: 7, m2019: 0 },
      problems: [],
    });
    expect(x.lines).toEqual(seedDoc().lines);
    // 一、本年新收 总计 2331 and 表四's first 结果维持 38, as printed
    expect(x.tables.requests?.newReceived?.total?.value).toBe(2331);
    expect(x.tables.review?.reconsideration?.upheld?.value).toBe(38);
    expect(x.tables.active?.normativeDocuments?.effective?.value).toBe(1316);
  });

  it('should pass on the problems of the tables it maps, and leave a table that is none of the three alone', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    // 表二 without the 1316 of 行政规范性文件 (seed 003's row 3 cut to three cells), and a small table 附件 | 1 first
    const cut = structuredClone(t2);
    cut.rows[3] = cut.rows[3]!.slice(0, 3);
    const other: RawTable = {
      index: 0,
      rows: [
        [
          { text: '附件', row: 0, col: 0, rowSpan: 1, colSpan: 1 },
          { text: '1', row: 0, col: 1, rowSpan: 1, colSpan: 1 },
        ],
      ],
    };
    const x = buildExtraction(withTables(seedDoc(), [other, cut, t3, t4]), false);
    expect(x.problems).toEqual([
      { kind: 'row-incomplete', table: 'active', row: 'normativeDocuments', detail: { code: 'too-few-cells', read: 2, expected: 3 } },
    ]);
    expect(x.tables.requests?.newReceived?.total?.value).toBe(2331);
  });

  it('should keep the problems the reader recorded before its own', () => {
    const reader = { kind: 'cells-unread', table: 'requests', detail: { code: 'not-mapped' } } as const;
    expect(buildExtraction({ ...seedDoc(), problems: [reader] }, false).problems).toEqual([reader]);
  });

  it('should check 表三 printed twice alike without a word, and say which was checked when a figure differs', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    expect(buildExtraction(withTables(seedDoc(), [t2, t3, structuredClone(t3), t4]), false).problems).toEqual([]);
    // the second copy with 一、本年新收 自然人 2240 → 2241: the first is checked
    expect(t3.rows[3]![1]!.text).toBe('2240');
    const changed = buildExtraction(withTables(seedDoc(), [t2, t3, edit(t3, 3, 1, '2241'), t4]), false);
    expect(changed.problems).toEqual([{ kind: 'table-candidates', table: 'requests', detail: { code: 'candidates', count: 2, checked: 1, other: 2 } }]);
    expect(changed.tables.requests?.newReceived?.natural?.value).toBe(2240);
  });

  it('should check the fuller 表三 when a shorter copy is printed first, without a word', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    // a copy cut after 二、上年结转 (its labels and two rows of figures, a summary table), with other figures
    const short = edit({ ...t3, rows: t3.rows.slice(0, 5) }, 3, 1, '9');
    const x = buildExtraction(withTables(seedDoc(), [t2, short, t3, t4]), false);
    expect(x.problems).toEqual([]);
    expect(x.tables.requests?.newReceived?.natural?.value).toBe(2240);
    expect(Object.keys(x.tables.requests ?? {})).toHaveLength(25);
  });

  it('should check the fuller of two complete 表三 printed second, and name the first', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    // a first copy without its row 二、上年结转 (24 of 25 rows: still nine tenths) and 2240 → 2241
    const cut = edit(t3, 3, 1, '2241');
    cut.rows.splice(4, 1);
    const x = buildExtraction(withTables(seedDoc(), [t2, cut, t3, t4]), false);
    expect(x.tables.requests?.newReceived?.natural?.value).toBe(2240);
    expect(x.tables.requests?.carriedOver?.total?.value).toBe(132);
    expect(x.problems).toEqual([{ kind: 'table-candidates', table: 'requests', detail: { code: 'candidates', count: 2, checked: 2, other: 1 } }]);
  });

  it('should say which 表四 was checked when two complete copies differ', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    // 表四's figures row is row 3; 38 (复议 结果维持) → 39 in the second copy
    expect(t4.rows[3]![0]!.text).toBe('38');
    const x = buildExtraction(withTables(seedDoc(), [t2, t3, t4, edit(t4, 3, 0, '39')]), false);
    expect(x.problems).toEqual([{ kind: 'table-candidates', table: 'review', detail: { code: 'candidates', count: 2, checked: 1, other: 2 } }]);
    expect(x.tables.review?.reconsideration?.upheld?.value).toBe(38);
  });

  it('should say a table left out is missing, and one whose rows carry no label unread', () => {
    const [t2, t3, t4] = seedDoc().tables as [RawTable, RawTable, RawTable];
    const noReview = buildExtraction(withTables(seedDoc(), [t2, t3]), false);
    expect(noReview.tables.review).toBeNull();
    expect(noReview.problems).toEqual([{ kind: 'table-missing', table: 'review' }]);
    // 表二 with its row labels cut: its block titles and headers say it is 表二, but no row is read
    const unlabelled = { ...t2, rows: t2.rows.filter((r) => !/^(规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)$/.test(r[0]!.text)) };
    const x = buildExtraction(withTables(seedDoc(), [unlabelled, t3, t4]), false);
    expect(x.tables.active).toBeNull();
    expect(x.problems).toContainEqual({ kind: 'cells-unread', table: 'active', detail: { code: 'not-mapped' } });
    expect(x.problems).not.toContainEqual({ kind: 'table-missing', table: 'active' });
    const none = buildExtraction(withTables(seedDoc(), []), false);
    expect(none.problems).toEqual([
      { kind: 'table-missing', table: 'active' },
      { kind: 'table-missing', table: 'requests' },
      { kind: 'table-missing', table: 'review' },
    ]);
    expect(none.tables).toEqual({ active: null, requests: null, review: null });
  });

  it('should read the year from the body of a report without its title lines, and not the agency', () => {
    const x = buildExtraction(readFlatText(SEED_003.split('\n').slice(2).join('\n')), false);
    expect(SEED_003.split('\n').slice(0, 2)).toEqual(['北京市通州区2024年政府信息公开', '工作年度报告']);
    expect(x).toMatchObject({ detected: true, title: null, agency: null, year: 2024, yearBasis: { from: 'body', agreeing: ['subject'] } });
  });

  it('should take a text holding only 表三 for a report (no title, no narrative), with no year', () => {
    const [, t3] = seedDoc().tables as [RawTable, RawTable];
    const x = buildExtraction({ title: null, lines: [], tables: [{ ...t3, index: 0 }], meta: {} }, false);
    expect(x).toMatchObject({ detected: true, title: null, year: null, yearBasis: null });
    // and a text of narrative only, with no table and no title, is not one
    expect(buildExtraction({ title: null, lines: ['通知', '各单位：请于本月底前报送材料。'], tables: [], meta: {} }, false).detected).toBe(false);
  });

  it('should keep the publication date a crawler header gives (平潭公安局 2024)', () => {
    const doc = readText(readFileSync(path.join(CORPUS, 'text/pingtan-gaj-2024.txt'), 'utf8'));
    expect(buildExtraction(doc, false).published).toBe('2025-01-20');
  });
});
