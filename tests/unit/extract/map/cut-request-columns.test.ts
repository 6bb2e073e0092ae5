import { describe, expect, it } from 'vitest';
import { cutRequestColumns, lineUpCutRow, splitCutRow } from '../../../../lib/extract/map/cut-request-columns';
import { columnKeysByGrid } from '../../../../lib/extract/map/request-columns';
import { expandGrid } from '../../../../lib/extract/map/expand-grid';
import type { RawCell } from '../../../../lib/extract/raw-table';

const c = (text: string, row: number, col: number, colSpan = 1, rowSpan = 1): RawCell => ({ text, row, col, colSpan, rowSpan });

/**
 * The header of table 三 as the PDF reader gives it (spans on a grid): a label block over columns 0–2, then
 * the applicant columns from column 3; `subs` are the 法人或其他组织 sub-labels printed (cut at the edge after them),
 * `total` the label of a last column where one is printed.
 */
function header(subs: string[], total?: string): RawCell[][] {
  const n = 1 + subs.length + (total ? 1 : 0);
  return [
    [c('本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和', 0, 0, 3, 3), c('申请人情况', 0, 3, n)],
    [c('自然人', 1, 3, 1, 2), c('法人或其他组织', 1, 4, subs.length), ...(total ? [c(total, 1, 4 + subs.length, 1, 2)] : [])],
    subs.map((s, i) => c(s, 2, 4 + i)),
  ];
}
const SIX = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
const row = (r: number, label: string, figures: string[]) => [c(label, r, 0, 3), ...figures.map((f, i) => c(f, r, 3 + i))];

describe('columnKeysByGrid', () => {
  it('should name each grid column by the deepest label above it, and leave the label block and a cut label unnamed', () => {
    expect(columnKeysByGrid(expandGrid(header(['商业企业', '科研机构', '法'])))).toEqual([null, null, null, 'natural', 'commercial', 'research', null]);
  });
});

describe('cutRequestColumns', () => {
  it('should read a header cut after 其他 (Chromium: 总计 not printed) by its labels, 总计 missing', () => {
    expect(cutRequestColumns(header(SIX), [row(3, '一、本年新收政府信息公开申请数量', ['821', '35', '', '', '2', '1'])])).toEqual({
      columns: [
        { key: 'natural', col: 3 },
        { key: 'commercial', col: 4 },
        { key: 'research', col: 5 },
        { key: 'publicInterest', col: 6 },
        { key: 'legal', col: 7 },
        { key: 'other', col: 8 },
      ],
      missing: ['total'],
      first: 3,
      cut: null,
    });
  });

  it('should name the column the edge cuts through (LibreOffice: 法 of 法律服务机构) as cut, not as a column', () => {
    expect(cutRequestColumns(header(['商业企业', '科研机构', '社会公益组织', '法']), [])).toEqual({
      columns: [
        { key: 'natural', col: 3 },
        { key: 'commercial', col: 4 },
        { key: 'research', col: 5 },
        { key: 'publicInterest', col: 6 },
      ],
      missing: ['legal', 'other', 'total'],
      first: 3,
      cut: 7,
    });
  });

  it('should count a figure standing beyond the header as a column of the grid', () => {
    // the header ends at 社会公益组织; the rows print a cell one column further: that column is the cut one
    const cut = cutRequestColumns(header(['商业企业', '科研机构', '社会公益组织']), [row(3, '一、本年新收', ['1', '0', '0', '0', ''])]);
    expect(cut?.cut).toBe(7);
    expect(cutRequestColumns(header(['商业企业', '科研机构', '社会公益组织']), [row(3, '一、本年新收', ['1', '0', '0', '0', '', ''])])).toBeNull();
  });

  it('should read a header cut after its second column (LibreOffice: 商业企业, then nothing)', () => {
    expect(cutRequestColumns(header(['商业企业']), [])).toEqual({
      columns: [
        { key: 'natural', col: 3 },
        { key: 'commercial', col: 4 },
      ],
      missing: ['research', 'publicInterest', 'legal', 'other', 'total'],
      first: 3,
      cut: null,
    });
  });

  it('should read the 法人或其他组织 小计 column of the 8-column variant (report-format.md §3.2) cut at the edge, in no template order', () => {
    expect(cutRequestColumns(header(['小计', '商业企业', '科研机构']), [])).toEqual({
      columns: [
        { key: 'natural', col: 3 },
        { key: 'legalSubtotal', col: 4 },
        { key: 'commercial', col: 5 },
        { key: 'research', col: 6 },
      ],
      missing: ['publicInterest', 'legal', 'other', 'total'],
      first: 3,
      cut: null,
    });
  });

  it.each([
    ['every column named (the full header is read as before)', header(SIX, '总计')],
    ['an unnamed column between named ones', header(['商业企业', '某某机构', '社会公益组织'])],
    // the same with the named columns in the template's order: still no edge between them
    ['an unlabelled column between named ones in the template’s order', header(['商业企业', '', '科研机构'])],
    ['小计 named twice', header(['小计', '商业企业', '小计'])],
    ['columns out of the template’s order', header(['科研机构', '商业企业'])],
    ['a column named twice', header(['商业企业', '商业企业'])],
    ['as wide as the template with one label not read', header(SIX, '总数')],
    ['fewer than two named columns', [[c('项目', 0, 0, 3), c('自然人', 0, 3)]]],
  ])('should not take %s for a cut table', (_, head) => {
    expect(cutRequestColumns(head, [])).toBeNull();
  });
});

describe('splitCutRow', () => {
  it('should split a row at the first figure column, whatever the number of its cells', () => {
    const r = [c('（三）不予公开', 7, 1, 1, 8), c('1.属于国家秘密', 7, 2), c('14', 7, 3), c('', 7, 4)];
    expect(splitCutRow(r, 3)).toEqual({ labels: r.slice(0, 2), values: r.slice(2) });
  });

  it('should give a row without a label as null, and a label running into the figures as a row without figures', () => {
    expect(splitCutRow([c('', 18, 1), c('5', 18, 3)], 3)).toBeNull();
    // a cell of spaces is no label either
    expect(splitCutRow([c(' \u3000', 18, 1), c('5', 18, 3)], 3)).toBeNull();
    // one label running into the figures is enough, whatever the others
    const note = [c('（六）其他处理', 30, 0), c('注：本表数据截至12月31日', 30, 1, 8)];
    expect(splitCutRow(note, 3)).toEqual({ labels: note, values: [] });
    expect(splitCutRow([c('注：本表数据截至12月31日', 30, 0, 9)], 3)).toEqual({ labels: [c('注：本表数据截至12月31日', 30, 0, 9)], values: [] });
  });
});

describe('lineUpCutRow', () => {
  const cut = cutRequestColumns(header(['商业企业', '科研机构', '法']), [])!;

  it('should read each named column from the cell in its own grid column, and never the cut column', () => {
    const values = [c('821', 3, 3), c('35', 3, 4), c('', 3, 5), c('8', 3, 6)];
    expect(lineUpCutRow(values, cut, 0)).toEqual({
      natural: { value: 821, raw: '821', at: { table: 0, row: 3, col: 3 } },
      commercial: { value: 35, raw: '35', at: { table: 0, row: 3, col: 4 } },
      research: { value: null, raw: '', note: 'blank', at: { table: 0, row: 3, col: 5 } },
    });
  });

  it.each([
    ['a named column without its own cell', [c('821', 3, 3), c('', 3, 5)]],
    ['a cell across two named columns', [c('821', 3, 3, 2), c('', 3, 5)]],
    ['a cell beyond the cut column', [c('821', 3, 3), c('35', 3, 4), c('', 3, 5), c('', 3, 6), c('9', 3, 7)]],
  ])('should not read a row with %s, rather than shift its figures', (_, values) => {
    expect(lineUpCutRow(values, cut, 0)).toBeNull();
  });
});
