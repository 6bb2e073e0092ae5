import { describe, expect, it } from 'vitest';
import { mapRequests } from '../../../../lib/extract/map/map-requests';
import type { RawCell, RawTable } from '../../../../lib/extract/raw-table';
import { problemText } from '../../../../lib/rules/helpers/problem-text';

const c = (text: string, row: number, col: number, colSpan = 1, rowSpan = 1): RawCell => ({ text, row, col, colSpan, rowSpan });

/** Table 三's header on a grid (label block over columns 0–2), its applicant columns from column 3 cut after `subs`. */
function header(subs: string[]): RawCell[][] {
  return [
    [c('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', 0, 0, 3, 3), c('申请人情况', 0, 3, 1 + subs.length)],
    [c('自然人', 1, 3, 1, 2), c('法人或其他组织', 1, 4, subs.length)],
    subs.map((s, i) => c(s, 2, 4 + i)),
  ];
}
const SIX = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const row = (r: number, label: string, figures: string[], at = 3) => [c(label, r, 0, 3), ...figures.map((f, i) => c(f, r, at + i))];
const table = (rows: RawCell[][]): RawTable => ({ index: 0, rows });
/** The values a mapped table holds, row by row ('?' for a cell printed but not read). */
const values = (t: Record<string, Record<string, { value: number | null; note?: string }>>) =>
  Object.fromEntries(
    Object.entries(t).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, v.note === 'unread' ? '?' : v.value]))]),
  );
const SIX_KEYS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'];
const paths = (rows: string[], cols: string[]) => rows.flatMap((r) => cols.map((k) => `requests.${r}.${k}`));

describe('mapRequests on a table cut at the page edge', () => {
  it('should read the six printed columns of a table whose 总计 is cut, leave 总计 out of the table and say so once', () => {
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['821', '35', '', '', '2', '1']),
        row(4, '二、上年结转政府信息公开申请数量', ['18', '', '', '', '', '']),
        [c('三、本年度办理结果', 5, 0, 1, 2), c('（一）予以公开', 5, 1, 2), ...['258', '12', '', '', '1', '1'].map((f, i) => c(f, 5, 3 + i))],
        [c('（七）总计', 6, 1, 2), ...['767', '35', '', '', '2', '1'].map((f, i) => c(f, 6, 3 + i))],
        row(7, '四、结转下年度继续办理', ['72', '', '', '', '', '']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 821, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1 },
      carriedOver: { natural: 18, commercial: null, research: null, publicInterest: null, legal: null, other: null },
      granted: { natural: 258, commercial: 12, research: null, publicInterest: null, legal: 1, other: 1 },
      totalProcessed: { natural: 767, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1 },
      carriedForward: { natural: 72, commercial: null, research: null, publicInterest: null, legal: null, other: null },
    });
    expect(got.problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: { code: 'cut-request-columns', printed: ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other'], missing: ['total'] },
        cells: paths(['newReceived', 'carriedOver', 'granted', 'totalProcessed', 'carriedForward'], ['total']),
      },
    ]);
    expect(problemText('requests', got.problems[0]!.detail)).toBe(
      '表头只完整印出自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他列；总计列不在表中（表格可能在页边被截断），这些单元格未读取、未核对',
    );
  });

  it('should never read the column the edge cuts through, even where it prints part of a figure', () => {
    const got = mapRequests(table([...header(['商业企业', '科研机构', '法']), row(3, '一、本年新收政府信息公开申请数量', ['821', '35', '', '8'])]), true);
    expect(values(got.table)).toEqual({ newReceived: { natural: 821, commercial: 35, research: null } });
    expect(got.problems.map((p) => [p.kind, p.cells])).toEqual([['cells-unread', paths(['newReceived'], ['publicInterest', 'legal', 'other', 'total'])]]);
  });

  it('should leave a row whose figures do not stand under the named columns unread and listed, never shifted', () => {
    // （一）予以公开 prints five cells for six columns: which one is missing cannot be told
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0']),
        [c('（一）予以公开', 4, 0, 3), ...['4', '0', '0', '0', '0'].map((f, i) => c(f, 4, 3 + i))],
        // one cell across two columns
        [c('（二）部分公开', 5, 0, 3), c('1', 5, 3, 2), ...['0', '0', '0', '0'].map((f, i) => c(f, 5, 5 + i))],
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0 },
      granted: Object.fromEntries(SIX_KEYS.map((k) => [k, '?'])),
      partial: Object.fromEntries(SIX_KEYS.map((k) => [k, '?'])),
    });
    expect(got.problems.map((p) => [p.kind, p.row ?? null, p.cells])).toEqual([
      ['cells-unread', null, paths(['newReceived', 'granted', 'partial'], ['total'])],
      ['cells-unread', 'granted', paths(['granted'], SIX_KEYS)],
      ['cells-unread', 'partial', paths(['partial'], SIX_KEYS)],
    ]);
    expect(problemText('requests', got.problems[1]!.detail)).toBe('数字与表头各列对不齐，未读取：（一）予以公开 | 4 | 0 | 0 | 0 | 0');
    expect(got.problems[2]).toEqual({
      kind: 'cells-unread',
      table: 'requests',
      row: 'partial',
      detail: { code: 'misaligned', printed: '（二）部分公开 | 1 | 0 | 0 | 0 | 0' },
      cells: paths(['partial'], SIX_KEYS),
    });
  });

  it('should tie rows whose labels the left edge cut (府信息公开申请数量) to 一 and 二 in the template’s order', () => {
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '府信息公开申请数量', ['821', '35', '', '', '2', '1']),
        row(4, '府信息公开申请数量', ['18', '', '', '', '', '']),
        [c('结果', 5, 0), c('（一）予以公开', 5, 1, 2), ...['258', '12', '', '', '1', '1'].map((f, i) => c(f, 5, 3 + i))],
      ]),
      true,
    );
    expect(values(got.table).newReceived!.natural).toBe(821);
    expect(values(got.table).carriedOver!.natural).toBe(18);
    expect(values(got.table).granted!.natural).toBe(258);
    expect(got.problems.map((p) => p.kind)).toEqual(['cells-unread']);
    // the cut 总计 column's cells named in the template's order, the rows tied after the loop before 予以公开
    expect(got.problems[0]!.cells).toEqual(paths(['newReceived', 'carriedOver', 'granted'], ['total']));
  });

  it('should leave cut labels unread where they cannot be tied one way only (two rows for the one row left)', () => {
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0']),
        row(4, '府信息公开申请数量', ['18', '', '', '', '', '']),
        row(5, '府信息公开申请数量', ['2', '', '', '', '', '']),
      ]),
      true,
    );
    expect(values(got.table).newReceived!.natural).toBe(5);
    expect(values(got.table).carriedOver).toEqual(Object.fromEntries(SIX_KEYS.map((k) => [k, '?'])));
    expect(got.problems.map((p) => [p.kind, p.cells?.length])).toEqual([
      ['cells-unread', 6],
      ['cells-unread', 2],
    ]);
    expect(problemText('requests', got.problems[0]!.detail)).toContain('行标签在页边被截断');
    expect(got.problems[0]).toEqual({
      kind: 'cells-unread',
      table: 'requests',
      detail: { code: 'cut-labels', printed: ['府信息公开申请数量 | 18 | □ | □ | □ | □ | □', '府信息公开申请数量 | 2 | □ | □ | □ | □ | □'] },
      cells: paths(['carriedOver'], SIX_KEYS),
    });
  });

  it('should find the figures under a header whose last row the edge cuts through (法) where the labels are cut too', () => {
    // no 本年新收 to start from: the figures start after the last header row that names a column, though not every cell of it does
    const got = mapRequests(
      table([
        ...header(['商业企业', '科研机构', '法']),
        row(3, '府信息公开申请数量', ['821', '35', '', '8']),
        row(4, '府信息公开申请数量', ['18', '', '', '']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 821, commercial: 35, research: null },
      carriedOver: { natural: 18, commercial: null, research: null },
    });
    expect(got.problems.map((p) => p.kind)).toEqual(['cells-unread']);
  });

  it('should read the 小计 column of the 8-column variant cut at the edge, and say only the template’s columns printed', () => {
    const got = mapRequests(table([...header(['小计', '商业企业', '科研机构']), row(3, '一、本年新收政府信息公开申请数量', ['9', '3', '2', '1'])]), true);
    expect(values(got.table)).toEqual({ newReceived: { natural: 9, legalSubtotal: 3, commercial: 2, research: 1 } });
    expect(got.problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: { code: 'cut-request-columns', printed: ['natural', 'commercial', 'research'], missing: ['publicInterest', 'legal', 'other', 'total'] },
        cells: paths(['newReceived'], ['publicInterest', 'legal', 'other', 'total']),
      },
    ]);
  });

  it('should take a cut label whose every row is read already for an extra row, reading none of its figures', () => {
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0']),
        row(4, '二、上年结转政府信息公开申请数量', ['18', '0', '0', '0', '0', '0']),
        row(5, '府信息公开申请数量', ['2', '', '', '', '', '']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0 },
      carriedOver: { natural: 18, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0 },
    });
    expect(got.problems.map((p) => [p.kind, p.row ?? null])).toEqual([
      ['extra-row', '府信息公开申请数量'],
      ['cells-unread', null],
    ]);
  });
  it('should read the rows of a merged item label (（六）1–3 in one cell) of a table cut at the edge by their grid columns', () => {
    // a page break under the first item row leaves 三、本年度办理结果 open: its second part is an empty cell at column 0
    const items =
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他';
    const figures = (r: number, f: string[]) => f.map((x, i) => c(x, r, 3 + i));
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['821', '35', '', '', '2', '1']),
        [c('三、本年度办理结果', 4, 0), c('（六）其他处理', 4, 1, 1, 3), c(items, 4, 2, 1, 3), ...figures(4, ['3', '0', '0', '0', '0', '0'])],
        [c('', 5, 0, 1, 2), ...figures(5, ['1', '0', '0', '0', '0', '0'])],
        figures(6, ['2', '1', '0', '0', '0', '0']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 821, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1 },
      'other.overdueCorrection': { natural: 3, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0 },
      'other.overdueFee': { natural: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0 },
      'other.other': { natural: 2, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0 },
    });
    expect(got.problems.map((p) => [p.kind, p.row ?? null])).toEqual([['cells-unread', null]]);
  });

  it('should list a subtotal row (the 29-row variant’s （三）) whose figures do not line up, naming no cell of the table', () => {
    // a subtotal is no row of table 三: its cells are not requests.denied.*
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0']),
        [c('三、本年度办理结果', 4, 0), c('（三）不予公开', 4, 1, 2), ...['4', '0', '0', '0', '0'].map((f, i) => c(f, 4, 3 + i))],
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0 } });
    expect(got.problems.slice(1)).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        row: 'denied',
        detail: { code: 'misaligned', printed: '三、本年度办理结果 | （三）不予公开 | 4 | 0 | 0 | 0 | 0' },
        cells: [],
      },
    ]);
  });

  it('should take a note across the figure columns for no row of the table, even where the grid prints cells after it', () => {
    // the note's cell runs from the labels into the figure columns; the PDF's rules leave the last columns as cells of their own
    const got = mapRequests(
      table([
        ...header(SIX),
        row(3, '一、本年新收政府信息公开申请数量', ['821', '35', '', '', '2', '1']),
        [c('注：本表数据统计截至2024年12月31日', 4, 0, 6), c('', 4, 6), c('', 4, 7), c('', 4, 8)],
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 821, commercial: 35, research: null, publicInterest: null, legal: 2, other: 1 } });
    expect(got.problems.map((p) => [p.kind, p.cells])).toEqual([['cells-unread', paths(['newReceived'], ['total'])]]);
  });
});

/** The template's three header rows of a whole 表三, as an HTML grid spans them. */
const WHOLE_HEADER = () => [
  [c('项目', 0, 0, 3, 3), c('申请人情况', 0, 3, 7)],
  [c('自然人', 1, 3, 1, 2), c('法人或其他组织', 1, 4, 5), c('总计', 1, 9, 1, 2)],
  SIX.map((s, i) => c(s, 2, 4 + i)),
];

describe('mapRequests on a whole table (unchanged)', () => {
  it('should still read a half row of a whole table as incomplete, not as a cut table', () => {
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(4, '二、上年结转政府信息公开申请数量', ['0', '0', '0']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 } });
    expect(got.problems).toEqual([
      {
        kind: 'row-incomplete',
        table: 'requests',
        row: 'carriedOver',
        detail: { code: 'too-few-cells', read: 3, expected: 7, printed: ['二、上年结转政府信息公开申请数量', '0', '0', '0'] },
      },
    ]);
  });

  it('should take a row whose label names no row of the template for an extra row, reading none of its figures', () => {
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(4, '（八）其他说明', ['1', '0', '0', '0', '0', '0', '1']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 } });
    expect(got.problems).toEqual([{ kind: 'extra-row', table: 'requests', row: '（八）其他说明' }]);
  });

  it('should name an extra row by its label without the spaces and line break printed around it', () => {
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(4, ' （八）其他说明\n', ['1', '0', '0', '0', '0', '0', '1']),
      ]),
      true,
    );
    expect(got.problems).toEqual([{ kind: 'extra-row', table: 'requests', row: '（八）其他说明' }]);
  });

  it('should read a row below a merged item label by the label it prints itself (3.其他 under a cell naming 1 and 2)', () => {
    // the cell names two items and spans two rows, but the row below prints its own label in its first cell: not the cell's second item
    const items = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
    const figures = (r: number, f: string[]) => f.map((x, i) => c(x, r, 3 + i));
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        [c('三、本年度办理结果', 4, 0), c('（六）其他处理', 4, 1), c(items, 4, 2, 1, 2), ...figures(4, ['3', '0', '0', '0', '0', '0', '3'])],
        [c('3.其他', 5, 2), ...figures(5, ['2', '1', '0', '0', '0', '0', '3'])],
      ]),
      true,
    );
    expect(Object.keys(got.table)).toEqual(['newReceived', 'other.overdueCorrection', 'other.other']);
    expect(values(got.table)['other.other']).toEqual({ natural: 2, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 3 });
  });

  it('should tie no row below a merged item label to an item when the cell names more items than it spans rows (three over two)', () => {
    // which of the three items the second row is cannot be told: its figures are not read as （六）2
    const items =
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他';
    const figures = (r: number, f: string[]) => f.map((x, i) => c(x, r, 3 + i));
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        [c('三、本年度办理结果', 4, 0), c('（六）其他处理', 4, 1, 1, 2), c(items, 4, 2, 1, 2), ...figures(4, ['3', '0', '0', '0', '0', '0', '3'])],
        figures(5, ['1', '0', '0', '0', '0', '0', '1']),
      ]),
      true,
    );
    expect(Object.keys(got.table).filter((r) => r === 'other.overdueFee' || r === 'other.other')).toEqual([]);
  });

  it('should pass over a blank row (every cell of it empty) between two rows, taking it for no extra row', () => {
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(4, '', ['', '', '', '', '', '', '']),
        row(5, '二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']),
      ]),
      true,
    );
    expect(Object.keys(got.table)).toEqual(['newReceived', 'carriedOver']);
    expect(got.problems).toEqual([]);
  });

  it('should take a category label cut by a line (（四）无, as shanghai-office-2025 prints it) for a label, not a figure', () => {
    // the 29-row variant's （四） subtotal row with one figure missing: its labels end at （四）无, so six figures
    // stand for seven columns and the row is not read; were 无 taken for a figure, the row would shift
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        [c('三、本年度办理结果', 4, 0), c('（四）无', 4, 1, 2), ...['2', '0', '0', '0', '0', '2'].map((f, i) => c(f, 4, 3 + i))],
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 } });
    expect(got.problems.map((p) => [p.kind, p.row])).toEqual([['row-incomplete', '三、本年度办理结果 （四）无']]);
  });
});

describe('mapRequests: the header rows above the first figure row', () => {
  const NEW = ['5', '1', '0', '0', '0', '0', '6'];

  it('should read a 总计 printed in the top header row (spanning two rows, not three) by the label above its column', () => {
    // the bottom header row has no cell in 总计's column: the deepest label that names it is 总计 itself
    const got = mapRequests(
      table([
        [c('项目', 0, 0, 3, 3), c('申请人情况', 0, 3, 6), c('总计', 0, 9, 1, 2)],
        [c('自然人', 1, 3, 1, 2), c('法人或其他组织', 1, 4, 5)],
        SIX.map((s, i) => c(s, 2, 4 + i)),
        row(3, '一、本年新收政府信息公开申请数量', NEW),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 } });
    expect(got.problems).toEqual([]);
  });

  it('should take a row of column numbers (栏次 1…7) between the header and 本年新收 for a header row, not an extra row', () => {
    const got = mapRequests(
      table([...WHOLE_HEADER(), row(3, '栏次', ['1', '2', '3', '4', '5', '6', '7']), row(4, '一、本年新收政府信息公开申请数量', NEW)]),
      true,
    );
    expect(values(got.table)).toEqual({ newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 } });
    expect(got.problems).toEqual([]);
  });
});

describe('mapRequests: rows the reader must not take for other rows', () => {
  const figures = (r: number, f: string[]) => f.map((x, i) => c(x, r, 3 + i));

  it('should take a （六）其他处理 row before its three item rows for their subtotal (29-row variant), not the 2019 single row', () => {
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        [c('三、本年度办理结果', 4, 0), c('（六）其他处理', 4, 1, 2), ...figures(4, ['3', '1', '0', '0', '0', '0', '4'])],
        row(5, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ['1', '0', '0', '0', '0', '0', '1']),
        row(6, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ['0', '0', '0', '0', '0', '0', '0']),
        row(7, '3.其他', ['2', '1', '0', '0', '0', '0', '3']),
      ]),
      true,
    );
    // the subtotal adds up its items: 1 + 0 + 2 = 3 自然人, 0 + 0 + 1 = 1 商业企业, 1 + 0 + 3 = 4 总计
    expect(Object.keys(got.table)).toEqual(['newReceived', 'other.overdueCorrection', 'other.overdueFee', 'other.other']);
    expect(values(got.subtotals)).toEqual({ other: { natural: 3, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 4 } });
    expect(got.singleOtherRow).toBe(false);
    expect(got.problems).toEqual([]);
  });

  it('should read a merged item cell by the category printed in a row above it (（六） spanning three rows, items 2 and 3 in one cell)', () => {
    const items = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他';
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        [
          c('三、本年度办理结果', 4, 0),
          c('（六）其他处理', 4, 1, 1, 3),
          c('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 4, 2),
          ...figures(4, ['1', '0', '0', '0', '0', '0', '1']),
        ],
        [c(items, 5, 2, 1, 2), ...figures(5, ['0', '0', '0', '0', '0', '0', '0'])],
        figures(6, ['2', '1', '0', '0', '0', '0', '3']),
      ]),
      true,
    );
    expect(values(got.table)).toEqual({
      newReceived: { natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 },
      'other.overdueCorrection': { natural: 1, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0, total: 1 },
      'other.overdueFee': { natural: 0, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0, total: 0 },
      'other.other': { natural: 2, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 3 },
    });
    expect(got.problems).toEqual([]);
  });

  it('should take the wrapped last line of a label over blank cells for an extra row, not for the row its words end (no figure there)', () => {
    // （三）4.保护第三方合法权益 printed over two rows: its figures beside 4.保护第, 三方合法权益 alone over blanks below
    const got = mapRequests(
      table([
        ...WHOLE_HEADER(),
        row(3, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(4, '二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']),
        [c('三、本年度办理结果', 5, 0), c('（三）不予公开', 5, 1), c('4.保护第', 5, 2), ...figures(5, ['1', '0', '0', '0', '0', '0', '1'])],
        [c('三方合法权益', 6, 2), ...figures(6, ['', '', '', '', '', '', ''])],
      ]),
      true,
    );
    expect(Object.keys(got.table)).toEqual(['newReceived', 'carriedOver']);
    expect(got.problems).toEqual([
      { kind: 'extra-row', table: 'requests', row: '三、本年度办理结果 （三）不予公开 4.保护第' },
      { kind: 'extra-row', table: 'requests', row: '三方合法权益' },
    ]);
  });

  it('should read a table 三 with no header from its first row (本年新收) on, though a 小计 below it is a header word', () => {
    // the header printed before a page break, in a table of its own: columns by position; 小计 names a column in a header only
    const got = mapRequests(
      table([
        row(0, '一、本年新收政府信息公开申请数量', ['5', '1', '0', '0', '0', '0', '6']),
        row(1, '二、上年结转政府信息公开申请数量', ['0', '0', '0', '0', '0', '0', '0']),
        [c('三、本年度办理结果', 2, 0, 1, 3), c('（一）予以公开', 2, 1, 2), ...figures(2, ['2', '1', '0', '0', '0', '0', '3'])],
        [c('（二）部分公开', 3, 1, 2), ...figures(3, ['1', '0', '0', '0', '0', '0', '1'])],
        [c('（三）不予公开', 4, 1), c('小计', 4, 2), ...figures(4, ['1', '0', '0', '0', '0', '0', '1'])],
      ]),
      true,
    );
    expect(Object.keys(got.table)).toEqual(['newReceived', 'carriedOver', 'granted', 'partial']);
    expect(values(got.table).newReceived).toEqual({ natural: 5, commercial: 1, research: 0, publicInterest: 0, legal: 0, other: 0, total: 6 });
    expect(got.problems).toEqual([
      { kind: 'columns-by-position', table: 'requests', detail: { code: 'by-position' } },
      { kind: 'extra-row', table: 'requests', row: '（三）不予公开 小计' },
    ]);
  });
});
