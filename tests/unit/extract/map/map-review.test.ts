import { describe, expect, it } from 'vitest';
import { mapReview } from '../../../../lib/extract/map/map-review';
import type { RawCell, RawTable } from '../../../../lib/extract/raw-table';
import { problemText } from '../../../../lib/rules/helpers/problem-text';

const c = (text: string, row: number, col: number, colSpan = 1, rowSpan = 1): RawCell => ({ text, row, col, colSpan, rowSpan });
const COLS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
const GROUP: string[] = [...Array(5).fill('行政复议'), ...Array(5).fill('未经复议直接起诉'), ...Array(5).fill('复议后起诉')];

/**
 * Table 四 flattened as LibreOffice prints a table without merged cells (every label repeated in each column),
 * `width` columns of it on the page; `last` overrides the labels of the column the edge cuts through.
 */
function flat(width: number, figures: string[], last?: [string, string, string]): RawTable {
  const top = (i: number) => (i < 5 ? '行政复议' : '行政诉讼');
  const labels: [string, string, string][] = Array.from({ length: width }, (_, i) => [top(i), i < 5 ? COLS[i]! : GROUP[i]!, COLS[i % 5]!]);
  if (last) labels[width - 1] = last;
  return {
    index: 1,
    rows: [labels.map((l, i) => c(l[0], 0, i)), labels.map((l, i) => c(l[1], 1, i)), labels.map((l, i) => c(l[2], 2, i)), figures.map((f, i) => c(f, 3, i))],
  };
}
const FIGS = ['1', '0', '0', '0', '1', '2', '0', '0', '1', '3', '4', '0', '9'];
const values = (t: Record<string, Record<string, { value: number | null }>>) =>
  Object.fromEntries(Object.entries(t).map(([g, cols]) => [g, Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v.value]))]));

describe('mapReview on a table cut at the page edge', () => {
  it('should read the columns whose group and column are printed and leave the one the edge cuts through unread', () => {
    const got = mapReview(flat(13, FIGS, ['行政', '复诉', '其他']), true);
    expect(values(got.table)).toEqual({
      reconsideration: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 },
      litigationAfterReconsideration: { upheld: 4, corrected: 0 },
    });
    expect(got.problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'review',
        detail: { code: 'cut-review-columns', printed: 12, missing: [{ group: 'litigationAfterReconsideration', cols: ['other', 'pending', 'total'] }] },
        cells: ['other', 'pending', 'total'].map((k) => `review.litigationAfterReconsideration.${k}`),
      },
    ]);
    expect(problemText('review', got.problems[0]!.detail)).toBe(
      '表头只完整印出 12 列；行政诉讼·复议后起诉的其他结果、尚未审结、总计列不在表中（表格可能在页边被截断），这些单元格未读取、未核对',
    );
  });

  it('should name no slot for a column whose labels contradict each other (行政诉讼 over 行政复议): it is the cut column', () => {
    // 行政诉讼 alone names no group of its own, but a column under it is no 行政复议 column either
    const got = mapReview(flat(13, FIGS, ['行政诉讼', '行政复议', '其他结果']), true);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0 });
    expect(got.problems.map((p) => p.cells)).toEqual([['other', 'pending', 'total'].map((k) => `review.litigationAfterReconsideration.${k}`)]);
  });

  it('should read a cut table with merged group labels by the spans above each column', () => {
    const raw: RawTable = {
      index: 1,
      rows: [
        [c('行政复议', 0, 0, 5), c('行政诉讼', 0, 5, 7)],
        [...COLS.map((l, i) => c(l, 1, i, 1, 2)), c('未经复议直接起诉', 1, 5, 5), c('复议后起诉', 1, 10, 2)],
        [...COLS.map((l, i) => c(l, 2, 5 + i)), c('结果维持', 2, 10), c('结果纠正', 2, 11)],
        FIGS.slice(0, 12).map((f, i) => c(f, 3, i)),
      ],
    };
    const got = mapReview(raw, true);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0 });
    expect(got.problems.map((p) => p.cells)).toEqual([['other', 'pending', 'total'].map((k) => `review.litigationAfterReconsideration.${k}`)]);
  });

  it.each([
    ['an unnamed column between named ones', flat(13, FIGS).rows.map((r) => r.map((x) => (x.col === 6 && x.row < 3 ? { ...x, text: '某某' } : x)))],
    ['a column named twice', flat(13, FIGS).rows.map((r) => r.map((x) => (x.col === 11 && x.row === 2 ? { ...x, text: '结果维持' } : x)))],
  ])('should not take a table with %s for a cut one: its row is not read, as before', (_, rows) => {
    const got = mapReview({ index: 1, rows }, true);
    expect(got.table).toEqual({});
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position', 'row-incomplete']);
  });

  it.each([
    // the left edge cuts through two columns (their labels printed in part): which figures are whose cannot be told
    ['two columns at the left', (x: RawCell) => (x.col < 2 && x.row < 3 ? { ...x, text: x.row === 2 ? '持' : '复' } : x)],
    // the right edge cuts through two columns: one unnamed column beyond the named ones at most
    ['two columns at the right', (x: RawCell) => (x.col > 10 && x.row < 3 ? { ...x, text: x.row === 2 ? '其' : '行政' } : x)],
  ])('should not read a table 四 whose labels the edge cuts in %s: at most one column is cut', (_, cutLabel) => {
    const got = mapReview({ index: 1, rows: flat(13, FIGS).rows.map((r) => r.map(cutLabel)) }, true);
    expect(got.table).toEqual({});
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position', 'row-incomplete']);
  });

  it('should read a table 四 whose left edge cuts one column, that column left unread', () => {
    const got = mapReview({ index: 1, rows: flat(13, FIGS).rows.map((r) => r.map((x) => (x.col === 0 && x.row < 3 ? { ...x, text: '持' } : x))) }, true);
    expect(values(got.table).reconsideration).toEqual({ corrected: 0, other: 0, pending: 0, total: 1 });
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0, other: 9 });
    expect(got.problems.map((p) => p.cells)).toEqual([
      ['review.reconsideration.upheld', ...['pending', 'total'].map((k) => `review.litigationAfterReconsideration.${k}`)],
    ]);
  });

  it('should not read a cut table 四 with a figure across two named columns, but read one whose cut column is wide', () => {
    const wide = (at: number) =>
      flat(13, FIGS, ['行政', '复诉', '其他']).rows.map((r) =>
        r[0]!.row === 3 ? r.filter((x) => x.col !== at + 1).map((x) => (x.col === at ? { ...x, colSpan: 2 } : x)) : r,
      );
    // the figure at 行政诉讼·复议后起诉·结果维持 stands across 结果纠正 too: whose it is cannot be told
    const across = mapReview({ index: 1, rows: wide(10) }, true);
    expect(across.table).toEqual({});
    expect(across.problems.map((p) => p.kind)).toEqual(['columns-by-position', 'row-incomplete']);
    // the cut column's figure runs past the edge: it is never read, the others are
    const edge = flat(13, FIGS, ['行政', '复诉', '其他']).rows.map((r) => r.map((x) => (x.row === 3 && x.col === 12 ? { ...x, colSpan: 2 } : x)));
    expect(values(mapReview({ index: 1, rows: edge }, true).table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0 });
  });

  it('should leave the cut column unread where its labels name 行政诉讼 but no group under it', () => {
    const got = mapReview(flat(13, FIGS, ['行政诉讼', '复议', '其他结果']), true);
    expect(Object.keys(got.table)).toEqual(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0 });
  });

  it('should not read a whole table 四 by labels that name one column twice: by position, and say so', () => {
    const figures = [...FIGS, '0', '4'];
    const rows = flat(15, figures).rows.map((r) => r.map((x) => (x.col === 11 && x.row === 2 ? { ...x, text: '结果维持' } : x)));
    const got = mapReview({ index: 1, rows }, true);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0, other: 9, pending: 0, total: 4 });
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position']);
  });

  it('should read no cell of a row of more figures than the 15 columns: which one is not the table’s cannot be told', () => {
    const got = mapReview(flat(15, ['5', ...FIGS, '0', '4']), false);
    expect(got.table).toEqual({});
    expect(got.problems.map((p) => [p.kind, p.detail])).toEqual([
      ['columns-by-position', { code: 'by-position' }],
      ['row-incomplete', { code: 'review-cells', count: 16, printed: ['5', ...FIGS, '0', '4'] }],
    ]);
  });

  it('should read table 四 under a title row printed inside the table (the title names no group)', () => {
    const figures = [...FIGS, '0', '4'];
    const raw: RawTable = {
      index: 1,
      rows: [
        [c('四、政府信息公开行政复议、行政诉讼情况', 0, 0, 15)],
        [c('行政复议', 1, 0, 5), c('行政诉讼', 1, 5, 10)],
        [...COLS.map((l, i) => c(l, 2, i, 1, 2)), c('未经复议直接起诉', 2, 5, 5), c('复议后起诉', 2, 10, 5)],
        [...COLS.map((l, i) => c(l, 3, 5 + i)), ...COLS.map((l, i) => c(l, 3, 10 + i))],
        figures.map((f, i) => c(f, 4, i)),
      ],
    };
    const got = mapReview(raw, true);
    expect(values(got.table).reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(got.problems).toEqual([]);
  });

  it('should read a whole flattened table 四 as before', () => {
    const figures = [...FIGS, '0', '4'];
    expect(values(mapReview(flat(15, figures), true).table).litigationAfterReconsideration).toEqual({
      upheld: 4,
      corrected: 0,
      other: 9,
      pending: 0,
      total: 4,
    });
  });
});

describe('mapReview: which row is the data row and which labels name columns', () => {
  const FIGS15 = [...FIGS, '0', '4'];
  const merged = (title: RawCell[]): RawTable => ({
    index: 1,
    rows: [
      title,
      [c('行政复议', 1, 0, 5), c('行政诉讼', 1, 5, 10)],
      [...COLS.map((l, i) => c(l, 2, i, 1, 2)), c('未经复议直接起诉', 2, 5, 5), c('复议后起诉', 2, 10, 5)],
      [...COLS.map((l, i) => c(l, 3, 5 + i)), ...COLS.map((l, i) => c(l, 3, 10 + i))],
      FIGS15.map((f, i) => c(f, 4, i)),
    ],
  });

  it('should read table 四 under a title printed in its first cell only (no cell above the other columns in that row)', () => {
    // the expanded grid has no cell above columns 1…14 in the title's row: those are passed over, not read
    const got = mapReview(merged([c('四、政府信息公开行政复议、行政诉讼情况', 0, 0)]), true);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0, other: 9, pending: 0, total: 4 });
    expect(got.problems).toEqual([]);
  });

  it('should read a merged header whose 行政复议 labels stand in the bottom row by the grid, not by position', () => {
    // the litigation group labels stand in a row of their own: the flattened reading (slotsBySequence) finds
    // 15 column labels for two groups and fails; the grid names every column, so no by-position problem
    const raw: RawTable = {
      index: 1,
      rows: [
        [c('行政复议', 0, 0, 5, 2), c('行政诉讼', 0, 5, 10)],
        [c('未经复议直接起诉', 1, 5, 5), c('复议后起诉', 1, 10, 5)],
        [...COLS.map((l, i) => c(l, 2, i)), ...COLS.map((l, i) => c(l, 2, 5 + i)), ...COLS.map((l, i) => c(l, 2, 10 + i))],
        FIGS15.map((f, i) => c(f, 3, i)),
      ],
    };
    const got = mapReview(raw, true);
    expect(values(got.table).litigationDirect).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
    expect(got.problems).toEqual([]);
  });

  it('should read a whole row of 15 figures by position when its last column’s labels name nothing, not as a cut table', () => {
    // 15 figures are the whole table: nothing is cut, so every figure is read (by position, and said)
    const got = mapReview(flat(15, FIGS15, ['行政', '复诉', '某某']), true);
    expect(values(got.table).litigationAfterReconsideration).toEqual({ upheld: 4, corrected: 0, other: 9, pending: 0, total: 4 });
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position']);
  });

  it('should not take a row of blank cells (spaces only) between the header and the figures for the data row', () => {
    const { rows } = flat(15, FIGS15);
    const blank = FIGS15.map((_, i) => c(' ', 3, i));
    const got = mapReview({ index: 1, rows: [...rows.slice(0, 3), blank, rows[3]!.map((x) => ({ ...x, row: 4 }))] }, true);
    expect(values(got.table).reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(got.problems).toEqual([]);
  });

  it('should list the figures of a row of more than 15 cells as printed, without the spaces around them', () => {
    const got = mapReview(flat(15, [' 5 ', ...FIGS, '0', '4 ']), false);
    expect(got.problems.map((p) => p.detail)).toContainEqual({ code: 'review-cells', count: 16, printed: ['5', ...FIGS, '0', '4'] });
  });

  it.each([
    ['未审结案件', 'a label that only begins 未审结'],
    ['尚未审结案件', 'a label that only begins 尚未审结'],
    ['截至年底尚未审结', 'a label that only ends 尚未审结'],
    ['已未审结', 'a label that only ends 未审结'],
  ])('should not take %s (%s) for the 尚未审结 column: the table is read by position, and that is said', (label) => {
    // column 8 is 未经复议直接起诉's 尚未审结: its own label replaced in the bottom header row
    const rows = flat(15, FIGS15).rows.map((r) => r.map((x) => (x.col === 8 && x.row === 2 ? { ...x, text: label } : x)));
    const got = mapReview({ index: 1, rows }, true);
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position']);
    expect(values(got.table).litigationDirect).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
  });

  it('should take 尚未审结 and 未审结 alone for the 尚未审结 column', () => {
    for (const label of ['尚未审结', '未审结']) {
      const rows = flat(15, FIGS15).rows.map((r) => r.map((x) => (x.col === 8 && x.row === 2 ? { ...x, text: label } : x)));
      expect(mapReview({ index: 1, rows }, true).problems).toEqual([]);
    }
  });

  it('should not take a label that only begins 其他 (其他结果案件) for the 其他结果 column: the table is read by position, and that is said', () => {
    // column 7 is 未经复议直接起诉's 其他结果: its own label replaced in the bottom header row
    const rows = flat(15, FIGS15).rows.map((r) => r.map((x) => (x.col === 7 && x.row === 2 ? { ...x, text: '其他结果案件' } : x)));
    const got = mapReview({ index: 1, rows }, true);
    expect(got.problems.map((p) => p.kind)).toEqual(['columns-by-position']);
    expect(values(got.table).litigationDirect).toEqual({ upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 });
  });
});
