import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearAppeared } from '../../../../lib/rules/cross-year/cross-year-appeared';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { countyRecord, editCounty } from '../../../helpers/county-history';
import { generateCounty } from '../../../helpers/generate-county';
import { CELLS_UNREAD, lastYear, setFigures, thisYear, TITLE_2022, unreadKept } from './last-year';

/**
 * cross-year-appeared on seed 000 (北京市通州区国资委 2023, real: every cell of 表二, 表三 and 表四 holds a
 * figure) against "last year" = seed 000 with cells made blank, and the other way round.
 */
const appeared = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearAppeared]).map((f) => [f.code, f.severity, f.cells, f.actual, f.detail]);
const note = (code: string, table: string, cells: string[]) => [code, 'info', cells, cells.length, { kind: 'note', data: { table, name: TITLE_2022, cells } }];
/** this year with the given cells blank */
const blankNow = (...paths: string[]) => {
  const now = thisYear();
  setFigures(now.report, Object.fromEntries(paths.map((p) => [p, null])));
  return now;
};
const blank = (...paths: string[]) => Object.fromEntries(paths.map((p) => [p, null]));

describe('cross-year-appeared on seed 000 against a last year built from it', () => {
  it('should find nothing when both years fill the same cells', () => {
    expect(appeared(thisYear(), lastYear())).toEqual([]);
    // blank in both years: nothing appeared
    expect(appeared(blankNow('review.reconsideration.upheld'), lastYear(blank('review.reconsideration.upheld')))).toEqual([]);
  });

  it('should list the figures that appeared, table by table, 0 included', () => {
    expect(
      appeared(
        thisYear(),
        lastYear(blank('review.reconsideration.upheld', 'review.litigationDirect.total', 'requests.carriedForward.legal', 'active.regulations.issued')),
      ),
    ).toEqual([
      note('appeared', 'active', ['active.regulations.issued']),
      note('appeared', 'requests', ['requests.carriedForward.legal']),
      note('appeared', 'review', ['review.reconsideration.upheld', 'review.litigationDirect.total']),
    ]);
  });

  it('should list the figures that vanished, and both kinds in one table', () => {
    expect(appeared(blankNow('requests.granted.natural'), lastYear())).toEqual([note('vanished', 'requests', ['requests.granted.natural'])]);
    expect(appeared(blankNow('requests.granted.natural'), lastYear(blank('requests.denied.stateSecret.total')))).toEqual([
      note('appeared', 'requests', ['requests.denied.stateSecret.total']),
      note('vanished', 'requests', ['requests.granted.natural']),
    ]);
  });

  it('should compare only cells and tables both years have', () => {
    const noTable = lastYear(blank('review.reconsideration.upheld', 'requests.carriedForward.legal'));
    delete (noTable.report.tables as { review?: unknown }).review;
    expect(appeared(thisYear(), noTable)).toEqual([note('appeared', 'requests', ['requests.carriedForward.legal'])]);
    const noTableNow = thisYear();
    noTableNow.report.tables.review = null;
    expect(appeared(noTableNow, lastYear(blank('review.reconsideration.upheld')))).toEqual([]);
    const noCell = lastYear();
    delete noCell.report.tables.requests!.granted!.natural;
    expect(appeared(blankNow('requests.granted.natural'), noCell)).toEqual([]);
  });

  it('should say nothing across templates, or when either year read no table', () => {
    const template2019 = lastYear(blank('review.reconsideration.upheld'));
    template2019.report.format = '2019';
    expect(appeared(thisYear(), template2019)).toEqual([]);
    const none = thisYear();
    none.report.tables = { active: null, requests: null, review: null };
    expect(appeared(none, lastYear(blank('review.reconsideration.upheld')))).toEqual([]);
    const noneLast = lastYear();
    noneLast.report.tables = { active: null, requests: null, review: null };
    expect(appeared(blankNow('review.reconsideration.upheld'), noneLast)).toEqual([]);
  });

  it('should not count a figure either year printed but did not read for sure', () => {
    const now = blankNow('requests.granted.natural');
    now.report.findings.push({ ...CELLS_UNREAD, cells: ['requests.granted.natural'] });
    expect(appeared(now, lastYear())).toEqual([]);
    const previous = lastYear(blank('requests.granted.legal'));
    previous.report.findings.push(unreadKept(['requests.granted.legal']));
    expect(appeared(thisYear(), previous)).toEqual([]);
  });
});

describe('cross-year-appeared on a generated county (two years, real layouts)', () => {
  const county = generateCounty();
  const of = (agency: string, year: number) => county.find((r) => r.agency === agency && r.year === year)!;
  const AGENCY = county.find((r) => r.year === 2023 && r.values.active.enforcement!.count! > 0)!.agency;

  it('should list figures that appear where last year had "/" and "/" where last year had figures', () => {
    const last = countyRecord(of(AGENCY, 2023));
    const now = countyRecord(editCounty(of(AGENCY, 2024), { 'active.enforcement.count': '/' }), '2025-02-02T10:00:00+08:00');
    const found = runCrossYear({ report: now.report, narrative: now.narrative }, last).filter((f) => f.rule === 'cross-year-appeared');
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['info', ['active.enforcement.count']]]);
    expect(renderFinding(found[0]!, 'zh')).toContain('表二有 1 个单元格上年报告（');
    expect(renderFinding(found[0]!, 'zh')).toContain('填有数字、本年为空白或“/”：表二行政强制·本年处理决定数量');
  });
});

describe('cross-year-appeared as declared', () => {
  it('should be an info of clause 同比 (blank ↔ figure) under its own id', () => {
    expect([crossYearAppeared.id, crossYearAppeared.severity, crossYearAppeared.clause]).toEqual(['cross-year-appeared', 'info', '同比 (blank ↔ figure)']);
  });
});
