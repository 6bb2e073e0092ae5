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

  it.each([
    // the next line is the next pipe row
    ['notProcessed.duplicate', '|  |  | 2.重复申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |'],
    // the next lines are a blank, table 四's heading, a blank and table 四's first pipe row
    ['carriedForward', '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 | 126 |'],
  ])('should leave %s unread and join it with no line after it (everything after it read as printed)', (row, printed) => {
    const asPrinted = read(SEED_MD);
    const got = read(edited(printed, unclosed(printed)));
    expect(got.requests[row]).toEqual(REQUEST_COLUMNS.map(() => '-'));
    expect({ ...got.requests, [row]: asPrinted.requests[row] }).toEqual(asPrinted.requests);
    expect(got.review).toEqual(asPrinted.review);
    // the line left unread is no narrative of its own; every other line stays as printed
    expect(got.lines?.filter((l) => l !== unclosed(printed))).toEqual(asPrinted.lines);
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
});
