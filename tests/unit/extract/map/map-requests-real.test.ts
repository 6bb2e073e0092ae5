import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../cli/parse-html';
import { readHtml } from '../../../../lib/extract/html/read-html';
import { identifyTable } from '../../../../lib/extract/map/identify-table';
import { mapRequests, type RequestsResult } from '../../../../lib/extract/map/map-requests';
import type { RawTable, SourceDoc } from '../../../../lib/extract/raw-table';
import { readText } from '../../../../lib/extract/text/read-text';
import { REQUEST_COLUMNS, requestRows } from '../../../../lib/model/keys';
import { CORPUS, EXPECTED, expectedCells } from '../../../helpers/corpus';
import { printedNumbers, SEED_IDS, seedText } from '../../../helpers/seeds';

const PAGES = path.resolve(import.meta.dirname, '../../../fixtures/pages');

const requestsTable = (doc: SourceDoc): RawTable => {
  const [raw, ...more] = doc.tables.filter((t) => identifyTable(t) === 'requests');
  if (!raw || more.length > 0) throw new Error('not one table 三');
  return raw;
};
const page = (file: string) => requestsTable(readHtml(parseHtml(readFileSync(file, 'utf8'))));

/** The seed's printed figures of 表三 in print order (seed-cells.test.ts's oracle). */
const printedRequests = (text: string) => printedNumbers(text, /^三、收到和处理政府信息公开申请情况/, /^四、/);

/** The 25 rows × 7 columns as read, row by row in template order (undefined where a cell is missing). */
const values = (t: RequestsResult['table']) => Object.fromEntries(Object.entries(t).map(([r, cols]) => [r, REQUEST_COLUMNS.map((c) => cols[c]?.value)]));
const read = (got: RequestsResult) => requestRows('2021').flatMap((r) => REQUEST_COLUMNS.map((c) => got.table[r]?.[c]?.value));

describe('mapRequests on real reports', () => {
  it.each(SEED_IDS)('should read all 175 cells of seed %s’s flattened table 三 by its labels, with no problem', (seed) => {
    const got = mapRequests(requestsTable(readText(seedText(seed))), false);
    expect(read(got)).toEqual(printedRequests(seedText(seed)));
    expect(got.problems).toEqual([]);
    expect(got.subtotals).toEqual({});
    expect(got.singleOtherRow).toBe(false);
  });

  it.each([
    ['flattened text', () => requestsTable(readText(seedText('000'))), false],
    ['a page', () => page(path.join(PAGES, 'trs-000.html')), true],
  ] as const)('should read a 总计 column printed 合计 (seed 000 as %s, its header so edited) by its label', (_, raw, spans) => {
    const t = raw();
    let edited = 0;
    const rows = t.rows.map((r) => r.map((c) => (c.text.trim() === '总计' && ++edited ? { ...c, text: '合计' } : c)));
    expect(edited).toBe(1);
    const got = mapRequests({ ...t, rows }, spans);
    expect(read(got)).toEqual(printedRequests(seedText('000')));
    expect(got.problems).toEqual([]);
  });

  it('should read seed 000’s flattened table 三 by position, and say so, where its 自然人 label is not read (edited to 个人)', () => {
    const t = requestsTable(readText(seedText('000')));
    let edited = 0;
    const rows = t.rows.map((r) => r.map((c) => (c.text.trim() === '自然人' && ++edited ? { ...c, text: '个人' } : c)));
    expect(edited).toBe(1);
    const got = mapRequests({ ...t, rows }, false);
    expect(read(got)).toEqual(printedRequests(seedText('000')));
    expect(got.problems).toEqual([{ kind: 'columns-by-position', table: 'requests', detail: { code: 'by-position' } }]);
  });

  it.each(SEED_IDS.flatMap((s) => [`trs-${s}.html`, `word-${s}.html`, `flat-${s}.html`]))(
    'should read all 175 cells of %s (the seed as a page) by its spans, with no problem',
    (file) => {
      const got = mapRequests(page(path.join(PAGES, file)), true);
      expect(read(got)).toEqual(printedRequests(seedText(file.slice(-8, -5))));
      expect(got.problems).toEqual([]);
      expect(got.subtotals).toEqual({});
    },
  );

  const hand = (file: string) =>
    expectedCells(EXPECTED[file]!)
      .filter(([p]) => p.startsWith('requests.'))
      .map(([, v]) => v);
  it.each(['text/pingtan-shs-2023.txt', 'text/pingtan-hzs-2024.txt', 'text/pingtan-gaj-2024.txt'])(
    'should read %s’s table 三 as read by hand, with no problem',
    (file) => {
      const got = mapRequests(requestsTable(readText(readFileSync(path.join(CORPUS, file), 'utf8'))), false);
      expect(read(got)).toEqual(hand(file));
      expect(got.problems).toEqual([]);
    },
  );
  it.each(['html/pingtan-shs-2023.html', 'html/pingtan-hzs-2024.html'])('should read %s’s table 三 by its spans, as read by hand', (file) => {
    const got = mapRequests(page(path.join(CORPUS, file)), true);
    expect(read(got)).toEqual(hand(file));
    expect(got.problems).toEqual([]);
  });

  it('should read pingtan-jtj-2019.txt’s single （六）其他处理 row of the 2019 template as the row `other`, as read by hand', () => {
    const file = 'text/pingtan-jtj-2019.txt';
    const got = mapRequests(requestsTable(readText(readFileSync(path.join(CORPUS, file), 'utf8'))), false);
    expect(requestRows('2019').flatMap((r) => REQUEST_COLUMNS.map((c) => got.table[r]?.[c]?.value))).toEqual(hand(file));
    expect(Object.keys(got.table)).toHaveLength(23);
    expect(got.singleOtherRow).toBe(true);
    expect(got.problems).toEqual([]);
  });
});

describe('mapRequests on （六）其他处理 printed with merged cells (issue 15 edits of real pages)', () => {
  const six = ['other.overdueCorrection', 'other.overdueFee', 'other.other'] as const;
  const seed003 = () => mapRequests(page(path.join(PAGES, 'trs-003.html')), true);

  it('should read the three item rows of one merged label cell (merged-six-labels.html) as seed 003 prints them', () => {
    const got = mapRequests(page(path.join(PAGES, 'merged-six-labels.html')), true);
    expect(values(got.table)).toEqual(values(seed003().table));
    expect(six.map((r) => got.table[r]?.total?.value)).toEqual([2, 0, 119]);
    expect([got.problems, got.subtotals, got.singleOtherRow]).toEqual([[], {}, false]);
  });

  it('should read the same edit of the real portal page as the page itself (pingtan-shs-2023-merged-six.html)', () => {
    const got = mapRequests(page(path.join(PAGES, 'pingtan-shs-2023-merged-six.html')), true);
    expect(values(got.table)).toEqual(values(mapRequests(page(path.join(CORPUS, 'html/pingtan-shs-2023.html')), true).table));
    expect(got.problems).toEqual([]);
  });

  it.each(['merged-six-row.html', 'merged-six-one-row.html'])(
    'should read %s’s group printed as one row as the single row `other`, the sum of seed 003’s three',
    (file) => {
      const got = mapRequests(page(path.join(PAGES, file)), true);
      const whole = seed003().table;
      const sums = REQUEST_COLUMNS.map((c) => six.reduce((n, r) => n + (whole[r]?.[c]?.value ?? Number.NaN), 0));
      expect(sums).toEqual([117, 3, 0, 0, 0, 1, 121]);
      expect(REQUEST_COLUMNS.map((c) => got.table.other?.[c]?.value)).toEqual(sums);
      expect(six.filter((r) => r in got.table)).toEqual([]);
      const { other: _, ...rest } = got.table;
      const { 'other.overdueCorrection': _a, 'other.overdueFee': _b, 'other.other': _c, ...wholeRest } = whole;
      expect(values(rest)).toEqual(values(wholeRest));
      expect([got.problems, got.subtotals, got.singleOtherRow]).toEqual([[], {}, true]);
    },
  );
});
