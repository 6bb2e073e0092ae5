import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownItems } from '../../../../lib/extract/text/markdown-items';
import { readMarkdownReview } from '../../../../lib/extract/text/markdown-review';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';
import { type CorpusEntry, expectedCells } from '../../../helpers/corpus';

/**
 * Table 四 from real converter Markdown (tests/fixtures/markdown, sources in tests/fixtures/README.md),
 * held to the hand reading in tests/fixtures/markdown/expected.json, and minimal named edits of it.
 */
const DIR = path.join(import.meta.dirname, '../../../fixtures/markdown');
const EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')).files;
const source = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** The 15 cells of 四 read, group by group: a number, `unread` for a figure listed as not read, `-` for nothing. */
function review(md: string): (number | string | null)[] {
  const { report } = checkText(md, 'test.md');
  const unread = report.findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells);
  return REVIEW_GROUPS.flatMap((g) =>
    REVIEW_COLUMNS.map((c) => report.tables.review?.[g]?.[c]?.value ?? (unread.includes(`review.${g}.${c}`) ? 'unread' : '-')),
  );
}

/** `md` with `from` (which must be there) printed as `to` */
function edited(md: string, from: string, to: string): string {
  if (!md.includes(from)) throw new Error(`${from.slice(0, 40)}… not in the fixture`);
  return md.replace(from, to);
}

describe('readMarkdownReview on real converter Markdown', () => {
  it.each(Object.keys(EXPECTED))('should read table 四 of %s cell for cell as read by hand', (file) => {
    const want = expectedCells(EXPECTED[file]!).filter(([p]) => p.startsWith('review.'));
    expect(want).toHaveLength(15);
    expect(review(source(file))).toEqual(want.map(([, v]) => v));
  });

  it.each([
    ['shuyang-gov-2025.md', '四、政府信息公开行政复议、行政诉讼情况', '五、政府信息公开工作存在的主要问题及改进情况'],
    // the converter lost 五's heading: its first sub-heading ends the table
    ['shanghai-stcsm-2024.md', '三、政府信息公开行政复议、行政诉讼情况', '（一）主要问题'],
    ['shanghai-office-2025.md', '四、政府信息公开行政复议、行政诉讼情况', '（一）2024 年工作中存在问题的改进情况'],
    // 五 worded without 主要问题 or 改进情况: its numeral ends the table
    ['shuyang-gov-2025.md with 五 as 五、存在问题及改进措施', '四、政府信息公开行政复议、行政诉讼情况', '五、存在问题及改进措施'],
  ])('should take the lines of %s from %s up to the heading after the table (%s), not that heading', (file, opening, after) => {
    const text = file.endsWith('.md') ? source(file) : edited(source('shuyang-gov-2025.md'), '## 五、政府信息公开工作存在的主要问题及改进情况', `## ${after}`);
    const items = parseMarkdownItems(text);
    const at = (text: string) => items.findIndex((it) => it.kind === 'text' && it.text === text);
    const [start, end] = [at(opening), at(after)];
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    // from after table 三's rows, as readMarkdownText reads it
    const from = items.findLastIndex((it, i) => i < start && it.kind === 'row');
    expect([...(readMarkdownReview(items, from)?.items ?? [])]).toEqual(Array.from({ length: end - start }, (_, k) => start + k));
  });

  it('should read seed 003’s 四 cell for cell when the converter lost its heading (the table opens at its header row 行政复议…)', () => {
    // no line of text names 行政复议: the table's first pipe row starts it and is header, not caption
    const md = source('seed-003.md');
    // the 15 figures as seed 003 prints them, in group order (复议, 未经复议直接起诉, 复议后起诉)
    const printed = [38, 19, 1, 34, 92, 8, 4, 3, 1, 16, 12, 0, 0, 2, 14];
    expect(review(md)).toEqual(printed);
    expect(review(edited(md, '四、政府信息公开行政复议、行政诉讼情况\n', ''))).toEqual(printed);
  });

  it('should read 沭阳县 2025’s 四 when its 三 is lost: the narrative’s sentences naming 行政复议 (针对行政复议、行政诉讼案件…) do not start it', () => {
    const md = source('shuyang-gov-2025.md');
    const lost = md.slice(0, md.indexOf('## 三、收到和处理')) + md.slice(md.indexOf('## 四、'));
    // read from the top: no table 三 to start after
    const items = parseMarkdownItems(lost);
    expect(items.some((it) => it.kind === 'text' && it.text.length > 40 && it.text.includes('针对行政复议'))).toBe(true);
    const got = readMarkdownReview(items, 0);
    expect(got?.problems).toEqual([]);
    expect(Math.min(...(got?.items ?? []))).toBe(items.findIndex((it) => it.kind === 'text' && it.text === '四、政府信息公开行政复议、行政诉讼情况'));
    expect(review(lost)).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it('should read 沭阳县 2025’s three rows of five, each labelled with its group, when the Markdown opens at the first of them (nothing above it)', () => {
    // the page of 四 alone, as a converter run on that page prints it: the 行政复议 row is the first item
    const page = [
      '| 行政复议 |  | 27 | 10 | 9 | 15 | 61 |',
      '| 行政诉讼 | 未经复议直接起诉 | 3 | 0 | 0 | 0 | 3 |',
      '|  | 复议后起诉 | 8 | 0 | 1 | 1 | 10 |',
    ].join('\n');
    const figures = readMarkdownReview(parseMarkdownItems(page), 0)
      ?.table.rows.at(-1)
      ?.map((c) => Number(c.text));
    expect(figures).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it('should leave 沭阳县 2025’s 四 unread when a header row naming two groups stands between a row of five and its heading (which group is the row’s cannot be told)', () => {
    const heading = '### 行政诉讼（复议后起诉）\n';
    const md = edited(source('shuyang-gov-2025.md'), heading, `${heading}| 未经复议直接起诉 |  | 复议后起诉 |  |  |\n`);
    expect(review(md)).toEqual(REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map(() => 'unread')));
  });

  it('should rebuild 沭阳县 2025’s three tables of five with their column labels, so that no note says 四 was read by position', () => {
    // the rebuilt header names each group and, under the two litigation groups, their five columns: mapReview reads 四 by them
    const { report } = checkText(source('shuyang-gov-2025.md'), 'test.md');
    expect(review(source('shuyang-gov-2025.md'))).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
    // (its table 三 is read by position under a legend of headings: that note names table requests)
    const notes = report.findings.filter((f) => f.rule === 'columns-by-position').map((f) => f.detail);
    expect(notes).toEqual([{ kind: 'note', data: { table: 'requests', detail: { code: 'by-position' } } }]);
  });

  it('should read three rows of five labelled 行政复议 / 行政诉讼 未经复议直接起诉 / 复议后起诉 (沭阳县 2025 as one pipe table)', () => {
    const md = source('shuyang-gov-2025.md');
    const printed = md.slice(md.indexOf('### 行政复议'), md.indexOf('## 五、'));
    const oneTable = edited(
      md,
      printed,
      [
        '| 类别 |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        '|---|---|---|---|---|---|---|',
        '| 行政复议 |  | 27 | 10 | 9 | 15 | 61 |',
        // the row names the 行政诉讼 column group beside its own group: 未经复议直接起诉 is the group
        '| 行政诉讼 | 未经复议直接起诉 | 3 | 0 | 0 | 0 | 3 |',
        '|  | 复议后起诉 | 8 | 0 | 1 | 1 | 10 |',
        '',
        '',
      ].join('\n'),
    );
    expect(review(oneTable)).toEqual(review(md));
    expect(review(md)).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it('should read 沭阳县 2025’s three tables of five when the first lost its header row (its figures right under the heading 行政复议)', () => {
    const md = source('shuyang-gov-2025.md');
    const header = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|----------|----------|----------|----------|------|\n';
    // the first of the three headers printed is 行政复议's: the group is still named by the heading above its row
    const lost = edited(md, `### 行政复议\n${header}`, '### 行政复议\n');
    expect(review(lost)).toEqual([27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10]);
  });

  it('should read none of 四 when a row of five holds four figures between empty cells, and list the rows as printed (沭阳县 2025)', () => {
    // 未经复议直接起诉's row with a figure lost: the four could stand in columns 1–4 or 2–5
    const md = edited(source('shuyang-gov-2025.md'), '| 3 | 0 | 0 | 0 | 3 |', '|  | 3 | 0 | 0 | 3 |  |');
    expect(review(md)).toEqual(REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map(() => 'unread')));
    const { report } = checkText(md, 'test.md');
    expect(Object.values(report.tables.review ?? {}).flatMap((g) => Object.values(g ?? {}))).toEqual(
      REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map(() => ({ value: null, raw: '' }))),
    );
    const onReview = report.findings.filter((f) => f.cells.some((c) => c.startsWith('review.')));
    expect(onReview).toHaveLength(1);
    expect(onReview[0]).toMatchObject({
      rule: 'cells-unread',
      cells: REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `review.${g}.${c}`)),
      detail: { data: { table: 'review', detail: { code: 'markdown-review', printed: ['27|10|9|15|61', '□|3|0|0|3|□', '8|0|1|1|10'] } } },
    });
  });
  it('should leave 四 unread, not one column off, when a row of five lost a cell its header has (沭阳县 2025)', () => {
    const block = '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|----------|----------|----------|----------|------|\n| 3 | 0 | 0 | 0 | 3 |';
    // the header with a sixth (empty) column, the row with an empty first cell and its last lost: the 3 may be 结果维持's
    const md = edited(
      source('shuyang-gov-2025.md'),
      block,
      '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |  |\n|----------|----------|----------|----------|------|---|\n|  | 3 | 0 | 0 | 3',
    );
    expect(review(md)).toEqual(REVIEW_GROUPS.flatMap(() => REVIEW_COLUMNS.map(() => 'unread')));
  });
});

describe('readMarkdownReview: where table 四 ends', () => {
  it('should read seed 003’s 四 when the converter printed the page’s text before its table (五’s heading above the rows): 五 ends the table only after a row of figures', () => {
    const md = source('seed-003.md');
    const table = md.slice(md.indexOf('| 行政复议 |'), md.indexOf('五、存在的主要问题及改进情况'));
    const five = '五、存在的主要问题及改进情况\n存在的问题：一是重点领域信息公开有待进一步深化。二是对于政策文件的解读形式还不够丰富，解读深度不高。\n';
    const moved = edited(edited(md, table, ''), five, `${five}\n${table}`);
    expect(moved.indexOf('五、存在的主要问题')).toBeLessThan(moved.indexOf('| 行政复议 |'));
    const items = parseMarkdownItems(moved);
    const figures = items.findIndex((it) => it.kind === 'row' && it.cells[0] === '38');
    const got = readMarkdownReview(items, 0);
    expect(got?.problems).toEqual([]);
    expect(got?.items.has(figures)).toBe(true);
    expect(review(moved)).toEqual([38, 19, 1, 34, 92, 8, 4, 3, 1, 16, 12, 0, 0, 2, 14]);
  });
});
