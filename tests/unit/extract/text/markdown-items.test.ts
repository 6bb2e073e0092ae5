import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownItems } from '../../../../lib/extract/text/markdown-items';
import { readMarkdownText } from '../../../../lib/extract/text/read-markdown-text';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, requestRows } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';

/**
 * parseMarkdownItems on seed 003 as converter Markdown (tests/fixtures/markdown/seed-003.md, real figures),
 * with one pipe row edited as converters garble them.
 */
const SEED_MD = readFileSync(path.join(import.meta.dirname, '../../../fixtures/markdown/seed-003.md'), 'utf8');

/** seed 003 with `from` (which must be there) printed as `to` */
function edited(from: string, to: string): string {
  if (!SEED_MD.includes(from)) throw new Error(`${from} not in seed-003.md`);
  return SEED_MD.replace(from, to);
}

/** Every row of 三 and 四 read (a number per column, `-` where nothing was read), and the narrative. */
function read(md: string) {
  const { report } = checkText(md, 'seed-003.md');
  const cells = (table: 'requests' | 'review', rows: readonly string[], columns: readonly string[]) =>
    Object.fromEntries(rows.map((r) => [r, columns.map((c) => report.tables[table]?.[r]?.[c]?.value ?? '-')]));
  return {
    requests: cells('requests', requestRows('2021'), REQUEST_COLUMNS),
    review: cells('review', REVIEW_GROUPS, REVIEW_COLUMNS),
    lines: readMarkdownText(md)?.lines,
  };
}

describe('parseMarkdownItems: a pipe row that lost its closing pipe (seed 003)', () => {
  // read inside each test, not at collection: Stryker counts what runs at collection as static (README, Mutation testing)
  const unclosed = (row: string) => row.replace(/\s*\|$/, '');
  const ROWS = [
    // the next line is the next pipe row
    ['notProcessed.duplicate', '|  |  | 2.重复申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |'],
    // the next lines are a blank, table 四's heading, a blank and table 四's first pipe row
    ['carriedForward', '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 | 126 |'],
  ] as const;

  it.each(ROWS)('should read %s as printed, as GFM does (its outer pipes are optional), and the rest as before', (_row, printed) => {
    const asPrinted = read(SEED_MD);
    const got = read(edited(printed, unclosed(printed)));
    expect(got).toEqual(asPrinted);
    expect(checkText(edited(printed, unclosed(printed)), 'seed-003.md').findings).toEqual(checkText(SEED_MD, 'seed-003.md').findings);
  });

  it.each(ROWS)('should leave %s unread, never misplaced, when it also lost its last cells', (row, printed) => {
    const asPrinted = read(SEED_MD);
    for (const lost of [1, 2, 3]) {
      const cut = unclosed(printed).split('|').slice(0, -lost).join('|');
      const got = read(edited(printed, cut));
      expect(got.requests[row], cut).toEqual(REQUEST_COLUMNS.map(() => '-'));
      expect({ ...got.requests, [row]: asPrinted.requests[row] }).toEqual(asPrinted.requests);
      expect(got.review).toEqual(asPrinted.review);
    }
  });

  it('should keep a line that opens with a pipe and holds one cell as text, and an unclosed line far from any table', () => {
    const kinds = (md: string) => parseMarkdownItems(md).map((it) => it.kind);
    expect(kinds('| a | 1 |\n| 注：单位为件')).toEqual(['row', 'text']);
    expect(kinds('正文\n\n| a | 1\n\n正文')).toEqual(['text', 'text', 'text']);
    // just above a table: its first row
    expect(kinds('| a | 1\n|---|---|\n| b | 2 |')).toEqual(['row', 'row']);
  });

  it('should keep a note with a pipe inside it under seed 003’s table 三 as text: only a line opening with a pipe is a row that lost its closing pipe', () => {
    const last = '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 | 126 |';
    // printed with spaces around its pipe and without
    for (const note of ['单位：件 | 注：“/”表示不适用', '单位：件|注：“/”表示不适用']) {
      const items = parseMarkdownItems(edited(last, `${last}\n${note}`));
      const at = items.findIndex((it) => it.kind === 'row' && it.cells.includes('四、结转下年度继续办理'));
      expect(items[at + 1]).toEqual({ kind: 'text', text: note, heading: false, filler: false });
      // the tables read as printed (the note is a line of the narrative)
      const { requests, review } = read(edited(last, `${last}\n${note}`));
      expect({ requests, review }).toEqual({ requests: read(SEED_MD).requests, review: read(SEED_MD).review });
    }
  });
});

describe('parseMarkdownItems: a pipe row broken over lines by a line break inside a cell (seed 003’s （五）5)', () => {
  const kinds = (md: string) => parseMarkdownItems(md).map((it) => (it.kind === 'row' ? ['row', it.cells] : ['text', it.text]));
  const OPEN = '|  |  | 5.要求行政机关确认或重新出';
  const REST = '具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

  it('should join the broken row, the break kept inside its cell', () => {
    expect(kinds(`${OPEN}\n${REST}`)).toEqual([['row', ['', '', '5.要求行政机关确认或重新出\n具已获取信息', '0', '0', '0', '0', '0', '0', '0']]]);
  });

  it('should not join across a blank line, nor a line of spaces (the row ends there; its rest is text)', () => {
    for (const gap of ['', '   '])
      expect(kinds(`${OPEN}\n${gap}\n${REST}`)).toEqual([
        ['text', OPEN.trim()],
        ['text', REST],
      ]);
  });
  it('should not join the broken row to a next line that holds cells but does not end in a pipe (its rest lost its closing pipe): two lines of text', () => {
    // printed with spaces around its pipes and without
    for (const rest of [REST.replace(/\s*\|$/, ''), REST.replace(/\s*\|\s*/g, '|').replace(/\|$/, '')])
      expect(kinds(`${OPEN}\n${rest}`)).toEqual([
        ['text', OPEN.trim()],
        ['text', rest],
      ]);
  });
  it('should not join a text line with a pipe inside it to the next line ending in a pipe (only a line opening with a pipe opens a row)', () => {
    const note = '单位：件 | 注：“/”表示不适用';
    expect(kinds(`${note}\n${REST}`)).toEqual([
      ['text', note],
      ['text', REST],
    ]);
  });
});

describe('parseMarkdownItems: marks taken off text, pipes kept in cells', () => {
  it('should take off only the `#` marks that open a heading, not a `#` inside a line (`3#地块`, as plots and buildings are numbered)', () => {
    const [heading, line] = parseMarkdownItems('## 二、主动公开政府信息情况\n主动公开3#、4#地块房屋征收补偿方案。');
    expect(heading).toEqual({ kind: 'text', text: '二、主动公开政府信息情况', heading: true, filler: false });
    expect(line).toEqual({ kind: 'text', text: '主动公开3#、4#地块房屋征收补偿方案。', heading: false, filler: false });
  });

  it('should take off the `#` marks of a heading printed with no space after them (`##二、…`), and drop a line of `#` alone', () => {
    // CommonMark wants a space after the marks; converters do not always print it
    const [heading, line] = parseMarkdownItems('##二、主动公开政府信息情况\n#\n主动公开3#、4#地块房屋征收补偿方案。');
    expect(heading).toEqual({ kind: 'text', text: '二、主动公开政府信息情况', heading: true, filler: false });
    expect(line).toEqual({ kind: 'text', text: '主动公开3#、4#地块房屋征收补偿方案。', heading: false, filler: false });
  });

  it('should read a pipe the converter escaped inside a cell as a pipe in that cell (a note printed in a row of the table)', () => {
    const [row] = parseMarkdownItems('| 单位：件 \\| 注：“/”表示不适用 |  |');
    expect(row).toMatchObject({ kind: 'row', cells: ['单位：件 | 注：“/”表示不适用', ''] });
  });

  it('should take a row for a separator only when each cell is dashes with an optional colon at either end, as GFM has it', () => {
    const rows = (md: string) => parseMarkdownItems(md).map((it) => (it.kind === 'row' ? [it.cells, it.head] : it.text));
    expect(rows('| 项目 | 数量 |\n| :--- | ---: |\n| 合计 | 1 |')).toEqual([
      [['项目', '数量'], true],
      [['合计', '1'], false],
    ]);
    // text before the dashes: a row of the table, and the row above it no header
    expect(rows('| 项目 | 数量 |\n| 注--- | ---- |')).toEqual([
      [['项目', '数量'], false],
      [['注---', '----'], false],
    ]);
  });
});
