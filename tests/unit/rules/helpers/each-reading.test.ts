import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';
import { eachReading, MAX_COMBINATIONS } from '../../../../lib/rules/helpers/each-reading';
import { readingIndex } from '../../../../lib/rules/helpers/reading-index';
import { requestColumnTerm } from '../../../../lib/rules/helpers/terms';
import { runRules } from '../../../../lib/rules/run-rules';
import { seedText } from '../../../helpers/seeds';

/**
 * Seed 004's row 一、本年新收 (real: 33 + 5 + 0 + 0 + 0 + 0 = 38) as if scanned: each of its seven figures read by
 * OCR, unproven, with four other readings the recogniser gives at 1 in 1000 (a digit it confuses the figure
 * with). 5 ways for each of 7 cells are 5⁷ = 78,125 ways, more than MAX_COMBINATIONS; but two misreads at once
 * (1 in 10⁶) are below LEAST_ODDS, so the ways to try are the printed one and one misread at a time: 1 + 7 × 4.
 */
const OTHERS: Record<number, number[]> = { 33: [38, 35, 39, 23], 5: [6, 8, 3, 9], 0: [8, 6, 9, 3], 38: [33, 36, 39, 88], 48: [49, 46, 40, 43] };

/** Seed 004 read, its row 一 marked as read by OCR; `total` the 总计 as printed (38 in the seed). */
function scannedRow(total = 38, p: (col: number) => number = () => 0.001) {
  const ex = checkText(seedText('004'), 'https://www.bjtzh.gov.cn/004.html').extraction;
  // the check above built a reading index of this extraction; the marks below must be seen all the same
  const row = ex.tables.requests!.newReceived!;
  row.total = { ...row.total!, value: total, raw: String(total) };
  for (const [i, col] of REQUEST_COLUMNS.entries()) {
    const cell = row[col]!;
    const read = cell.value!;
    cell.ocr = {
      confidence: 0.99,
      alternatives: [{ text: String(read), p: 0.99 }, ...OTHERS[read]!.map((v) => ({ text: String(v), p: p(i) }))],
      read: String(read),
      status: 'unproven',
      page: 1,
      box: { x: 0, y: 0, w: 1, h: 1 },
    };
  }
  return ex;
}

describe('eachReading over figures read by OCR', () => {
  it('should try only the ways at least as likely as LEAST_ODDS, even when all ways together exceed MAX_COMBINATIONS', () => {
    const ex = scannedRow();
    const terms = REQUEST_COLUMNS.map((c) => requestColumnTerm(ex.tables.requests, 'newReceived', c));
    expect(5 ** terms.length).toBeGreaterThan(MAX_COMBINATIONS);
    const seen: (number | null)[][] = [];
    const walk = eachReading(terms, readingIndex(ex), (v) => (seen.push(v), true));
    expect(walk.kind).toBe('done');
    expect(seen).toHaveLength(1 + 7 * 4);
    expect(seen[0]).toEqual([33, 5, 0, 0, 0, 0, 38]);
    // never two misreads at once
    for (const v of seen) expect(v.filter((x, i) => x !== seen[0]![i]).length).toBeLessThanOrEqual(1);
  });

  /** How the walk over row 一's seven figures ends, and how many ways it visited. */
  const walked = (p: (col: number) => number) => {
    const ex = scannedRow(38, p);
    let visits = 0;
    const walk = eachReading(
      REQUEST_COLUMNS.map((c) => requestColumnTerm(ex.tables.requests, 'newReceived', c)),
      readingIndex(ex),
      () => (visits++, true),
    );
    return [walk.kind, visits];
  };

  it('should refuse to try ways too many: likely misreads (1 in 2) or equally likely readings (5⁷ of them)', () => {
    // every way at odds of 1 in 2⁷ or more: 78,125 ways to try, none pruned
    expect(walked(() => 0.5)).toEqual(['too-many', 0]);
    // the recogniser as sure of each of five readings: no odds to prune by
    expect(walked(() => 0.99)).toEqual(['too-many', 0]);
  });

  it('should prune by odds where some figures have sure alternatives and others unlikely ones', () => {
    // four figures each with five readings as likely (5⁴ = 625 ways), three with four unlikely ones (1 + 3 × 4 = 13):
    // 625 × 13 = 8,125 ways to try, of 5⁷ = 78,125 in all
    expect(walked((col) => (col < 4 ? 0.99 : 0.001))).toEqual(['done', 625 * 13]);
  });

  it('should let a row total printed 48 for 38 be an error under every likely reading, where the bounds overlap', () => {
    const rowErrors = (ex: ReturnType<typeof scannedRow>) =>
      runRules(ex).filter((f) => f.rule === 't3-row-total' && f.stated[0] === 'requests.newReceived.total');
    expect(rowErrors(scannedRow())).toEqual([]);
    const found = rowErrors(scannedRow(48));
    expect(found.map((f) => [f.code, f.severity])).toEqual([['every-reading', 'error']]);
    expect(found[0]!.detail).toMatchObject({ kind: 'every-reading', count: 1 + 7 * 4 });
  });
});

describe('eachReading over a run of figures a reader could not split (seed 000 as a crawler saves it, tests/fixtures/crawler)', () => {
  const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../../fixtures/crawler/seed-000.txt'), 'utf8');
  const ROW = '一、本年新收政府信息公开申请数量';
  // a 1 too many in the run printed 5100006 (5|1|0|0|0|0|6): seven splits into the row's seven cells
  const SPLITS = [
    [5, 1, 10, 0, 0, 0, 16],
    [5, 1, 100, 0, 0, 1, 6],
    [5, 11, 0, 0, 0, 0, 16],
    [5, 110, 0, 0, 0, 1, 6],
    [51, 1, 0, 0, 0, 0, 16],
    [51, 10, 0, 0, 0, 1, 6],
    [511, 0, 0, 0, 0, 1, 6],
  ];
  const read = () => {
    expect(CRAWLED).toContain(`${ROW}5100006`);
    const ex = checkText(CRAWLED.replace(`${ROW}5100006`, `${ROW}511000016`), 'https://www.bjtzh.gov.cn/000.html').extraction;
    return { ex, terms: REQUEST_COLUMNS.map((c) => requestColumnTerm(ex.tables.requests, 'newReceived', c)), index: readingIndex(ex) };
  };

  it('should visit every split of the run once, in order, and name the reading it tried', () => {
    const { terms, index } = read();
    const seen: (number | null)[][] = [];
    const walk = eachReading(terms, index, (v) => (seen.push(v), true));
    expect(seen).toEqual(SPLITS);
    expect(walk).toEqual({ kind: 'done', readings: [index.get('requests.newReceived.total')!.reading] });
  });

  it('should count a split once for what it gives the cells asked of, and give a read cell its own value', () => {
    const { ex, terms, index } = read();
    const carriedOver = requestColumnTerm(ex.tables.requests, 'carriedOver', 'natural');
    expect(carriedOver).toMatchObject({ value: 0 });
    const seen: (number | null)[][] = [];
    eachReading([terms[0]!, carriedOver, terms[6]!], index, (v) => (seen.push(v), true));
    expect(seen).toEqual([
      [5, 0, 16],
      [5, 0, 6],
      [51, 0, 16],
      [51, 0, 6],
      [511, 0, 6],
    ]);
  });

  it('should stop where the visitor says so', () => {
    const { terms, index } = read();
    let visits = 0;
    expect(eachReading(terms, index, () => ++visits < 3)).toEqual({ kind: 'stopped' });
    expect(visits).toBe(3);
  });
});
