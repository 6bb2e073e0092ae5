import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearSameTables } from '../../../../lib/rules/cross-year/cross-year-same-tables';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { CELLS_UNREAD, lastYear, rules, setFigures, thisYear, TITLE_2022, unreadKept } from './last-year';

/**
 * cross-year-same-tables (X-3, figures) on seed 000 (北京市通州区国资委 2023, real: 12 non-zero figures, all in
 * 表三) against "last year" = the same tables, edited.
 */
const sameTables = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearSameTables]).map((f) => [f.code, f.severity, f.cells, f.expected, f.actual, f.detail]);

/** seed 000's twelve non-zero figures (表三: 新收, 予以公开, 内部事务, 不掌握, 总计 in 自然人, 商业企业 and 总计) */
const NONZERO = [
  'requests.newReceived.natural',
  'requests.newReceived.commercial',
  'requests.newReceived.total',
  'requests.granted.natural',
  'requests.granted.total',
  'requests.denied.internalAffairs.natural',
  'requests.denied.internalAffairs.total',
  'requests.unable.notHeld.commercial',
  'requests.unable.notHeld.total',
  'requests.totalProcessed.natural',
  'requests.totalProcessed.commercial',
  'requests.totalProcessed.total',
];

/** this year and last year with the same tables, every figure of seed 000 but the first `keep` non-zero ones set to 0 */
function bothWithNonzero(keep: number) {
  const zeros = Object.fromEntries(NONZERO.slice(keep).map((p) => [p, 0]));
  const now = thisYear();
  setFigures(now.report, zeros);
  return { now, last: lastYear(zeros, { narrative: [] }) };
}

describe('cross-year-same-tables on seed 000 against a copy of its tables', () => {
  it('should warn on a copy, listing its non-zero figures and how many figures it compared', () => {
    const [f] = sameTables(thisYear(), lastYear({}, { narrative: [] }));
    expect(f?.slice(0, 5)).toEqual(['same', 'warning', NONZERO, null, 12]);
    const count = Object.values(thisYear().report.tables).reduce((n, t) => n + Object.values(t ?? {}).reduce((k, row) => k + Object.keys(row).length, 0), 0);
    expect(f?.[5]).toEqual({ kind: 'note', data: { count, nonzero: 12, previous: TITLE_2022 } });
  });

  it(`should warn on three non-zero figures copied, and not on two (all-zero tables repeat)`, () => {
    const three = bothWithNonzero(3);
    expect(sameTables(three.now, three.last).map((f) => f.slice(0, 5))).toEqual([['same', 'warning', NONZERO.slice(0, 3), null, 3]]);
    const two = bothWithNonzero(2);
    expect(sameTables(two.now, two.last)).toEqual([]);
    // a blank is not a non-zero figure: two figures and a blank copied are still too few
    const blank = bothWithNonzero(2);
    setFigures(blank.now.report, { 'review.reconsideration.upheld': null });
    setFigures(blank.last.report, { 'review.reconsideration.upheld': null });
    expect(sameTables(blank.now, blank.last)).toEqual([]);
  });

  it('should take a blank and a 0 for different figures', () => {
    const now = thisYear();
    setFigures(now.report, { 'review.reconsideration.upheld': null });
    expect(sameTables(now, lastYear({}, { narrative: [] }))).toEqual([]);
    expect(sameTables(thisYear(), lastYear({ 'review.reconsideration.upheld': null }, { narrative: [] }))).toEqual([]);
  });

  it('should say nothing when either year has a cell the other has not, or no tables at all', () => {
    const extra = lastYear({}, { narrative: [] });
    extra.report.tables.review!.reconsideration!.extra = { value: 0, raw: '0' };
    expect(sameTables(thisYear(), extra)).toEqual([]);
    // as many cells, one of them another
    const moved = lastYear({}, { narrative: [] });
    delete moved.report.tables.review!.reconsideration!.upheld;
    moved.report.tables.review!.reconsideration!.extra = { value: 0, raw: '0' };
    expect(sameTables(thisYear(), moved)).toEqual([]);
    const fewer = thisYear();
    fewer.report.tables.review!.reconsideration!.extra = { value: 0, raw: '0' };
    expect(sameTables(fewer, lastYear({}, { narrative: [] }))).toEqual([]);
    const none = thisYear();
    none.report.tables = { active: {}, requests: {}, review: {} };
    const emptyLast = lastYear({}, { narrative: [] });
    emptyLast.report.tables = { active: {}, requests: {}, review: {} };
    expect(sameTables(none, emptyLast)).toEqual([]);
  });

  it('should say nothing when either year was not read in full', () => {
    const now = thisYear();
    now.report.findings.push({ ...CELLS_UNREAD, cells: ['requests.granted.legal'] });
    expect(sameTables(now, lastYear({}, { narrative: [] }))).toEqual([]);
    const previous = lastYear({}, { narrative: [] });
    previous.report.findings.push(unreadKept(['requests.granted.legal']));
    expect(sameTables(thisYear(), previous)).toEqual([]);
  });

  it("X-3: should warn when every figure equals last year's, and not when one differs", () => {
    const copied = runCrossYear(thisYear(), lastYear({}, { narrative: [] }));
    expect(rules(copied)).toEqual(['cross-year-same-tables:warning:requests.newReceived.natural']);
    expect(renderFinding(copied[0]!)).toMatch(
      new RegExp(`^本年表二、表三、表四的全部 \\d+ 个数字（其中非零 \\d+ 个）与上年报告（${TITLE_2022}）完全相同，可能沿用了上年数据$`),
    );
    expect(runCrossYear(thisYear(), lastYear({ 'review.reconsideration.upheld': 1, 'review.reconsideration.total': 1 }, { narrative: [] }))).toEqual([]);
  });

  it('X-3: should say nothing when a figure of either year was not read for sure (its blank is not known to be one)', () => {
    const unread = { rule: 'cells-unread', severity: 'warning' as const, message: '', cells: ['requests.granted.legal'], expected: null, actual: null };
    const current = thisYear();
    current.report.tables.requests!.granted!.legal = { value: null, raw: '1 0 1' };
    current.report.findings.push({ ...CELLS_UNREAD, cells: ['requests.granted.legal'] });
    const previous = lastYear({ 'requests.granted.legal': null }, { narrative: [] });
    expect(runCrossYear(current, previous).filter((f) => f.rule === 'cross-year-same-tables')).toEqual([]);
    previous.report.findings.push(unread);
    expect(runCrossYear(thisYear(), previous).filter((f) => f.rule === 'cross-year-same-tables')).toEqual([]);
    // read in full, the same copy is a warning
    expect(runCrossYear(thisYear(), lastYear({}, { narrative: [] })).map((f) => f.rule)).toEqual(['cross-year-same-tables']);
  });
});

describe('cross-year-same-tables as declared', () => {
  it('should be a warning of clause X-3 under its own id', () => {
    expect([crossYearSameTables.id, crossYearSameTables.severity, crossYearSameTables.clause]).toEqual(['cross-year-same-tables', 'warning', 'X-3']);
  });
});
