import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdownText } from '../../lib/extract/text/read-markdown-text';
import { ACTIVE_ROWS_2021, REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS } from '../../lib/model/keys';
import { checkText } from '../../lib/pipeline';
import { seedText } from '../helpers/seeds';

const MD = path.join(import.meta.dirname, '../fixtures/markdown');

/** An oracle independent of the reader: the numbers standing in pipe cells between two headings, in reading order. */
function printedNumbers(md: string, from: RegExp, to: RegExp): number[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => from.test(l));
  const end = lines.findIndex((l, i) => i > start && to.test(l));
  return lines
    .slice(start, end)
    .filter((l) => l.startsWith('|'))
    .flatMap((l) => l.split('|').map((c) => c.replace(/[\s\u00a0\u3000]/g, '')))
    .filter((c) => /^\d+(\.\d+)?$/.test(c))
    .map(Number);
}

describe.each(['002', '003'])('seed %s as Markdown from a PDF converter (tests/fixtures/markdown)', (id) => {
  const md = readFileSync(path.join(MD, `seed-${id}.md`), 'utf8');
  const { report } = checkText(md, `seed-${id}.md`);

  it('should read table 三 cell for cell across its two pipe tables, the wrapped labels joined', () => {
    const read = requestRows('2021').flatMap((r) => REQUEST_COLUMNS.map((c) => report.tables.requests?.[r]?.[c]?.value));
    expect(read).toEqual(printedNumbers(md, /^三、收到和处理/, /^四、/));
  });

  it('should read tables 二 and 四 cell for cell', () => {
    expect(REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => report.tables.review?.[g]?.[c]?.value))).toEqual(printedNumbers(md, /^四、/, /^五、/));
    expect(ACTIVE_ROWS_2021.flatMap((r) => r.columns.map((c) => report.tables.active?.[r.key]?.[c.key]?.value))).toEqual(
      printedNumbers(md, /主动公开政府信息情况$/, /^三、收到和处理/),
    );
  });

  it('should find what the seed’s own text gives', () => {
    const seed = checkText(seedText(id), id).report;
    const brief = (r: typeof report) => r.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.cells[0]]);
    expect(brief(report)).toEqual(brief(seed));
    expect([report.title, report.agency, report.year]).toEqual([seed.title, seed.agency, seed.year]);
  });
});

describe('readMarkdownText', () => {
  const head = '| 一、本年新收政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';
  it('should not take text without a template pipe table for Markdown', () => {
    expect(readMarkdownText('# 标题\n\n| a | b |\n| --- | --- |\n| 1 | 2 |')).toBeNull();
  });

  it('should tie a text row that names no template row to no figures (never guessed onto a row)', () => {
    const md = `${head}\n| | 不知所云的一行 | | | | | | | | |\n| 二、上年结转政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;
    const doc = readMarkdownText(md)!;
    // the table 三 handed to the label mapper: the two rows of figures under their own labels, nothing else
    expect(doc.tables[0]!.rows.map((r) => r.map((c) => c.text).join('|'))).toEqual([
      '一、本年新收政府信息公开申请数量|1|0|0|0|0|0|1',
      '二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0',
    ]);
    const { report } = checkText(md, 'wrapped.md');
    expect(REQUEST_COLUMNS.map((c) => report.tables.requests?.newReceived?.[c]?.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('should join the pieces of a table cut by a page number, and stop at narrative', () => {
    const doc = readMarkdownText(
      `${head}\n\n- 3 -\n\n| Col1 | Col2 |\n| --- | --- |\n| 二、上年结转政府信息公开申请数量 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n\n四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | 结果维持 |`,
    )!;
    expect(doc.tables.map((t) => t.rows.length)).toEqual([2, 1]);
    expect(doc.lines).toEqual(['四、政府信息公开行政复议、行政诉讼情况']);
  });
});
