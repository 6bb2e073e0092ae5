import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/model/finding';
import { REQUEST_COLUMNS } from '../../../../lib/model/keys';
import type { CellReading } from '../../../../lib/model/types';
import { readingIndex } from '../../../../lib/rules/helpers/reading-index';
import { rowAndColumns } from '../../../../lib/rules/helpers/row-and-columns';
import { runRules } from '../../../../lib/rules/run-rules';
import { type ExtractionSpec, makeExtraction } from '../../../helpers/make-extraction';

const row = (...v: number[]) => Object.fromEntries(REQUEST_COLUMNS.map((c, i) => [c, v[i]!]));

/** The extraction with `rows` of table 三 left unread as the text reader leaves them: cells empty, a cells-unread problem with their options. */
function withUnread(spec: ExtractionSpec, rows: Record<string, (number | null)[][]>) {
  const ex = makeExtraction(spec);
  const readings: CellReading[] = [];
  for (const [key, options] of Object.entries(rows)) {
    for (const c of REQUEST_COLUMNS) ex.tables.requests![key]![c] = { value: null, raw: '', note: 'unread' };
    readings.push({ cells: REQUEST_COLUMNS.map((c) => `requests.${key}.${c}`), options, printed: 'x' });
  }
  ex.problems.push({ kind: 'cells-unread', table: 'requests', cells: readings.flatMap((r) => r.cells), readings });
  return ex;
}

/**
 * Two splits of a row printed 11500001612400017 (as the unsure-arithmetic tests read row （一）): 1|15|…|16 adds up
 * in its row, 12|4|…|17 does not; the other rows below make 12|4|…|16 what every column needs.
 */
const SPLITS = [
  [1, 15, 0, 0, 0, 0, 16],
  [12, 4, 0, 0, 0, 0, 17],
];
const R = row(12, 4, 0, 0, 0, 0, 16);

/** t3-row-total's findings on a row. */
const rowTotal = (findings: Finding[], r: string) => findings.filter((f) => f.rule === 't3-row-total' && f.stated[0] === `requests.${r}.total`);
/** The checks a joint finding tried together, as relation and English subject. */
const checksOf = (f: Finding | undefined) => (f?.detail.kind === 'jointly' ? f.detail.checks.map((c) => `${c.relation}: ${c.subject.en}`) : []);

const COLUMNS_EN = ['natural persons', 'businesses', 'research bodies', 'non-profits', 'legal services', 'other organisations', 'total'];
const SUMS = COLUMNS_EN.map((c) => `sum: Table 3 total processed, ${c}`);
const BALANCES = COLUMNS_EN.map((c) => `balance: Table 3, ${c} column`);

describe('rowAndColumns: a row not read for sure, tried with the columns it stands in', () => {
  it('should try 二、上年结转 and 四、结转下年 with their 总计 and each column’s 一 + 二 = （七） + 四', () => {
    // 0 + 二 = 12|4 + 0: only 12|4|…|16 balances every column, and it does not add up in its row
    const carriedOver = runRules(withUnread({ requests: { granted: R, totalProcessed: R } }, { carriedOver: SPLITS }));
    const [f] = rowTotal(carriedOver, 'carriedOver');
    expect(f).toMatchObject({ code: 'jointly', severity: 'error', stated: ['requests.carriedOver.total'] });
    expect(f?.detail.kind === 'jointly' && f.detail.subject.en).toBe('Table 3, II. carried over from last year');
    expect(checksOf(f)).toEqual(['sum: Table 3, II. carried over from last year, total', ...BALANCES]);
    // 12|4 + 0 = 0 + 四
    const [g] = rowTotal(runRules(withUnread({ requests: { newReceived: R } }, { carriedForward: SPLITS })), 'carriedForward');
    expect(checksOf(g)).toEqual([`sum: ${g?.detail.kind === 'jointly' && g.detail.subject.en}, total`, ...BALANCES]);
    expect(g?.cells.slice(0, 2)).toEqual(['requests.carriedForward.total', 'requests.carriedForward.natural']);
  });

  it('should try （七） with its 总计, the outcomes adding up to each of its columns, and each column’s balance', () => {
    const found = runRules(withUnread({ requests: { newReceived: R, granted: R } }, { totalProcessed: SPLITS }));
    const [f] = rowTotal(found, 'totalProcessed');
    expect(f?.code).toBe('jointly');
    expect(checksOf(f)).toEqual([expect.stringMatching(/^sum: Table 3, .*, total$/), ...SUMS.flatMap((s, i) => [s, BALANCES[i]])]);
    // an outcome row stands in its columns' sums only
    const [g] = rowTotal(runRules(withUnread({ requests: { newReceived: R, totalProcessed: R } }, { granted: SPLITS })), 'granted');
    expect(checksOf(g)).toEqual([expect.stringMatching(/^sum: .*, total$/), ...SUMS]);
  });

  it('should leave a column that fails under every split to its own rule (t3-balance), with no joint error on the row', () => {
    // 6|1|…|7 and 16|1|…|17, each adding up in its row: 一's natural persons are 6 or 16, （七）'s 5 under both
    const splits = [
      [6, 1, 0, 0, 0, 0, 7],
      [16, 1, 0, 0, 0, 0, 17],
    ];
    const five = row(5, 1, 0, 0, 0, 0, 6);
    const found = runRules(withUnread({ requests: { granted: five, totalProcessed: five } }, { newReceived: splits }));
    expect(found.filter((f) => f.rule === 't3-balance').map((f) => [f.code, f.stated[0]])).toContainEqual(['every-reading', 'requests.totalProcessed.natural']);
    expect(rowTotal(found, 'newReceived')).toEqual([]);
  });

  it('should try （七） alone with its balances where other open rows make the readings too many: 一 + 二 − 四 fixes each column', () => {
    // three outcome rows open, 30 readings each (natural persons 0–29): with （七）'s two, 54,000 readings in all
    const options = Array.from({ length: 30 }, (_, v) => [v, 0, 0, 0, 0, 0, v]);
    const ex = withUnread(
      { requests: { newReceived: R, granted: row(0, 4, 0, 0, 0, 0, 4) } },
      { totalProcessed: SPLITS, 'denied.thirdParty': options, 'denied.processInfo': options, 'unable.needCreate': options },
    );
    const [f] = rowTotal(runRules(ex), 'totalProcessed');
    expect(f).toMatchObject({ code: 'jointly', detail: { count: 2 } });
    // the sums of the outcomes hold other open rows: only the row's 总计 and its balances are tried
    expect(checksOf(f)).toEqual([expect.stringMatching(/^sum: .*, total$/), ...BALANCES]);
  });

  it('should say nothing of a row read for sure, though a row its columns share is open', () => {
    const ex = withUnread({ requests: { newReceived: R, granted: R } }, { totalProcessed: SPLITS });
    // 一 is read: the joint failure is （七）'s, said on （七）
    expect(rowAndColumns(ex, 'newReceived', readingIndex(ex))).toBeNull();
    expect(rowAndColumns(ex, 'totalProcessed', readingIndex(ex))?.code).toBe('jointly');
  });
});
