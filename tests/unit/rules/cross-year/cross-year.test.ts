import { describe, expect, it } from 'vitest';
import { HistoryRecordSchema } from '../../../../lib/model/history-record';
import { type Finding, FindingSchema } from '../../../../lib/model/finding';
import { renderFinding } from '../../../../lib/report/render-finding';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { copiedNarrative, lastYear, thisYear } from './last-year';

const TITLE_2022 = '北京市通州区国资委2022年政府信息公开工作年度报告';
const rules = (findings: ReturnType<typeof runCrossYear>) => findings.map((f) => `${f.rule}:${f.severity}:${f.cells[0] ?? ''}`);

/** Seed 000 as this year; last year = seed 000 with other figures (a copy of its tables would be X-3). */
const distinct = {
  'requests.newReceived.natural': 4,
  'requests.newReceived.total': 5,
  'requests.granted.natural': 4,
  'requests.granted.total': 5,
  'requests.totalProcessed.natural': 4,
  'requests.totalProcessed.total': 5,
};

/** A cells-unread finding as a checked report holds it (its cells are filled in per test). */
const CELLS_UNREAD: Finding = {
  rule: 'cells-unread',
  severity: 'info',
  code: 'unread',
  cells: [],
  stated: [],
  expected: null,
  actual: null,
  detail: { kind: 'note', data: { table: 'requests' } },
};

describe('runCrossYear on seed 000 (this year) against a last year built from it', () => {
  it('should find nothing when last year carried forward what this year carried over and the documents add up', () => {
    const previous = lastYear(distinct);
    expect(HistoryRecordSchema.safeParse(previous).success).toBe(true);
    expect(runCrossYear(thisYear(), previous)).toEqual([]);
  });

  it("X-1: should warn per column where last year's 四、结转下年度继续办理 differs from this year's 二、上年结转, naming last year's report", () => {
    const findings = runCrossYear(thisYear(), lastYear({ ...distinct, 'requests.carriedForward.natural': 3, 'requests.carriedForward.total': 3 }));
    expect(rules(findings)).toEqual(['cross-year-carry-over:warning:requests.carriedOver.natural', 'cross-year-carry-over:warning:requests.carriedOver.total']);
    expect(findings[0]).toMatchObject({ expected: 3, actual: 0, cells: ['requests.carriedOver.natural'], stated: ['requests.carriedOver.natural'] });
    expect(renderFinding(findings[0]!)).toBe(`表三·自然人列上年结转：上年报告（${TITLE_2022}）四、结转下年度继续办理·自然人 3 ≠ 本年二、上年结转·自然人 0`);
    expect(renderFinding(findings[1]!, 'en')).toBe(
      `Table 3, total column, carried over: last year's report (${TITLE_2022}): carried forward, total 3 ≠ this year's carried over, total 0`,
    );
    // the finding crosses contexts (popup ↔ history page) like any other
    expect(FindingSchema.safeParse(findings[0]).success).toBe(true);
  });

  it('X-1: should say a blank carry-over is not assessable, never reading it as 0', () => {
    const findings = runCrossYear(thisYear(), lastYear({ ...distinct, 'requests.carriedForward.legal': null }));
    // (and cross-year-appeared, its own rule: last year's figure became a blank)
    expect(rules(findings)).toEqual(['cross-year-carry-over:info:requests.carriedOver.legal', 'cross-year-appeared:info:requests.carriedForward.legal']);
    expect(findings[0]!.detail.kind).toBe('unassessable');
    expect(renderFinding(findings[0]!)).toBe(
      `表三·法律服务机构列上年结转：上年报告（${TITLE_2022}）四、结转下年度继续办理·法律服务机构 未填数字，无法核对（若空白按 0 计则相符）`,
    );
  });

  it("X-1: should name last year's own cell (四、结转下年度, marked last year's) when it is last year's figure that is blank", () => {
    const [f] = runCrossYear(thisYear(), lastYear({ ...distinct, 'requests.carriedForward.legal': null }));
    // outlined on this page: this year's figure only; the blank one is last year's 结转下年度, not this page's cell of that name
    expect(f).toMatchObject({ cells: ['requests.carriedOver.legal'], stated: ['requests.carriedOver.legal'], expected: null, actual: 0 });
    if (f!.detail.kind !== 'unassessable') throw new Error(f!.detail.kind);
    expect(f!.detail.missing.map((t) => [t.path, t.lastYear ?? false])).toEqual([['requests.carriedForward.legal', true]]);
    expect(renderFinding(f!, 'en')).toBe(
      `Table 3, legal services column, carried over: carried forward in last year's report (${TITLE_2022}), legal services blank, not assessable (if blanks were 0 it would pass)`,
    );
    // the mark survives the message schema (the finding is sent to the page to outline it)
    expect(FindingSchema.parse(f)).toEqual(f);
  });

  it("X-1: should name this year's 二、上年结转 when this year's figure is blank, and both when both are", () => {
    const now = thisYear();
    Object.assign(now.report.tables.requests!.carriedOver!.legal!, { value: null, raw: '' });
    const [mine] = runCrossYear(now, lastYear(distinct));
    if (mine!.detail.kind !== 'unassessable') throw new Error(mine!.detail.kind);
    expect(mine!.cells).toEqual(['requests.carriedOver.legal']);
    expect(mine!.detail.missing.map((t) => [t.path, t.lastYear ?? false])).toEqual([['requests.carriedOver.legal', false]]);
    expect(renderFinding(mine!)).toBe('表三·法律服务机构列上年结转：本年二、上年结转·法律服务机构 未填数字，无法核对（若空白按 0 计则相符）');
    const [both] = runCrossYear(now, lastYear({ ...distinct, 'requests.carriedForward.legal': null }));
    if (both!.detail.kind !== 'unassessable') throw new Error(both!.detail.kind);
    expect(both!.detail.missing.map((t) => [t.path, t.lastYear ?? false])).toEqual([
      ['requests.carriedOver.legal', false],
      ['requests.carriedForward.legal', true],
    ]);
    expect(renderFinding(both!)).toBe(
      `表三·法律服务机构列上年结转：本年二、上年结转·法律服务机构、上年报告（${TITLE_2022}）四、结转下年度继续办理·法律服务机构 未填数字，无法核对（若空白按 0 计则相符）`,
    );
  });

  it("X-2: should warn when 现行有效件数 is not last year's plus issued minus repealed, and mention a 清理", () => {
    const findings = runCrossYear(thisYear(), lastYear({ ...distinct, 'active.normativeDocuments.effective': 4 }));
    expect(rules(findings)).toEqual(['cross-year-effective:warning:active.normativeDocuments.effective']);
    expect(findings[0]).toMatchObject({
      expected: 4,
      actual: 0,
      cells: ['active.normativeDocuments.effective', 'active.normativeDocuments.issued', 'active.normativeDocuments.repealed'],
    });
    expect(renderFinding(findings[0]!)).toBe(
      `表二行政规范性文件·现行有效件数（与上年报告对照）：上年报告（${TITLE_2022}）现行有效件数 4 + 本年制发件数 0 − 本年废止件数 0 = 4 ≠ 本年现行有效件数 0，差 4。如本年开展了规章、规范性文件清理，现行有效件数可依清理结果调整，请核实报告是否作出说明`,
    );
    expect(renderFinding(findings[0]!, 'en')).toContain('A clean-up (清理)');
  });

  it("X-2: should leave the 清理 to the auditor (info) when this year's narrative speaks of one", () => {
    const now = thisYear();
    now.narrative = [...now.narrative, '本年度对现行有效的行政规范性文件进行了全面清理。'];
    const findings = runCrossYear(now, lastYear({ ...distinct, 'active.normativeDocuments.effective': 4 }));
    expect(rules(findings)).toEqual(['cross-year-effective:info:active.normativeDocuments.effective']);
  });

  it('should compare nothing on a figure either year printed but could not read for sure (cells-unread)', () => {
    // as the history keeps last year's (canonical) and as this year's report holds it (a value)
    const unread = (cells: string[]) => ({ rule: 'cells-unread', severity: 'info' as const, message: '…', cells, expected: null, actual: null });
    const unreadNow = (cells: string[]) => ({ ...CELLS_UNREAD, cells });
    const previous = lastYear({ ...distinct, 'requests.carriedForward.natural': null, 'active.normativeDocuments.effective': null });
    previous.report.findings.push(unread(['requests.carriedForward.natural', 'requests.carriedForward.total', 'active.normativeDocuments.effective']));
    // were they blanks, both would be not assessable (info); printed but unread, there is nothing to say here
    expect(rules(runCrossYear(thisYear(), previous))).toEqual([]);
    const now = thisYear();
    now.report.findings.push(unreadNow(['requests.carriedOver.legal']));
    now.report.tables.requests!.carriedOver!.legal = { value: null, raw: '' };
    expect(rules(runCrossYear(now, lastYear(distinct)))).toEqual([]);
  });

  it("X-2: should pass when this year's figures account for the change, and be not assessable on a blank", () => {
    const now = thisYear();
    // this year: 2 issued, 1 repealed, 5 in force; last year: 4 in force ⇒ 4 + 2 − 1 = 5
    const edit = (col: string, v: number) => Object.assign(now.report.tables.active!.regulations![col]!, { value: v, raw: String(v) });
    edit('issued', 2);
    edit('repealed', 1);
    edit('effective', 5);
    expect(runCrossYear(now, lastYear({ ...distinct, 'active.regulations.effective': 4 }))).toEqual([]);
    const blank = runCrossYear(now, lastYear({ ...distinct, 'active.regulations.effective': null }));
    expect(rules(blank)).toEqual(['cross-year-effective:info:active.regulations.effective', 'cross-year-appeared:info:active.regulations.effective']);
    expect(renderFinding(blank[0]!)).toBe(
      `表二规章·现行有效件数（与上年报告对照）：上年报告（${TITLE_2022}）现行有效件数 未填数字，无法核对（若空白按 0 计则不符）`,
    );
    const { detail } = blank[0]!;
    expect(detail.kind === 'unassessable' && detail.missing.map((t) => [t.path, t.lastYear ?? false])).toEqual([['active.regulations.effective', true]]);
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

  it("X-3: should note a narrative repeated from last year with its overlap, and not another agency's text", () => {
    const same = runCrossYear(thisYear(), lastYear(distinct, { narrative: copiedNarrative() }));
    expect(rules(same)).toEqual(['cross-year-same-narrative:info:']);
    expect(same[0]!.actual).toBe(100);
    expect(renderFinding(same[0]!)).toMatch(
      new RegExp(`^正文 (\\d+) 段中有 \\1 段（100%）与上年报告（${TITLE_2022}）逐字相同（年份除外），可能沿用了上年文本$`),
    );
    // rewrite every other eligible line: well under 80% repeated
    const { narrative } = thisYear();
    let k = 0;
    const edited = narrative.map((l) => (l.length >= 20 && k++ % 2 === 0 ? `${l}（本段为上年另写的文字）` : l.replaceAll('2023年', '2022年')));
    expect(runCrossYear(thisYear(), lastYear(distinct, { narrative: edited }))).toEqual([]);
  });
});
