import { describe, expect, it } from 'vitest';
import { FindingSchema } from '../../../../lib/model/finding';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearCarryOver } from '../../../../lib/rules/cross-year/cross-year-carry-over';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { CELLS_UNREAD, distinct, lastYear, rules, setFigures, thisYear, TITLE_2022, unreadKept } from './last-year';

/**
 * cross-year-carry-over on seed 000 (北京市通州区国资委 2023, real; its 二、上年结转 is 0 in every column)
 * against "last year" = seed 000 with its 四、结转下年度继续办理 edited.
 */
const carryOver = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearCarryOver]).map((f) => [f.code, f.severity, f.cells, f.expected, f.actual]);

describe('cross-year-carry-over on seed 000 against a last year built from it', () => {
  it('should find nothing when last year carried forward what this year carried over', () => {
    expect(carryOver(thisYear(), lastYear(distinct))).toEqual([]);
    const now = thisYear();
    setFigures(now.report, { 'requests.carriedOver.commercial': 2, 'requests.carriedOver.total': 2 });
    expect(carryOver(now, lastYear({ ...distinct, 'requests.carriedForward.commercial': 2, 'requests.carriedForward.total': 2 }))).toEqual([]);
  });

  it('should warn on a column one above and one below last year’s figure', () => {
    const now = thisYear();
    setFigures(now.report, { 'requests.carriedOver.research': 2, 'requests.carriedOver.total': 2 });
    const last = (research: number) => lastYear({ ...distinct, 'requests.carriedForward.research': research, 'requests.carriedForward.total': 2 });
    expect(carryOver(now, last(3))).toEqual([['previous-year', 'warning', ['requests.carriedOver.research'], 3, 2]]);
    expect(carryOver(now, last(1))).toEqual([['previous-year', 'warning', ['requests.carriedOver.research'], 1, 2]]);
  });

  it.each(['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'])('should compare the column %s', (col) => {
    expect(carryOver(thisYear(), lastYear({ ...distinct, [`requests.carriedForward.${col}`]: 1 }))).toEqual([
      ['previous-year', 'warning', [`requests.carriedOver.${col}`], 1, 0],
    ]);
  });

  it('should carry both figures and last year’s report in the finding', () => {
    const [f] = runCrossYear(thisYear(), lastYear({ ...distinct, 'requests.carriedForward.other': 7 }), [crossYearCarryOver]);
    if (f?.detail.kind !== 'previous-year') throw new Error(f?.detail.kind);
    expect(f.stated).toEqual(['requests.carriedOver.other']);
    expect(f.detail.previous).toEqual({ url: 'https://www.bjtzh.gov.cn/gzw/2022.html', title: TITLE_2022 });
    expect(f.detail.terms.map((t) => [t.value, t.sign, t.lastYear])).toEqual([[7, 1, true]]);
    expect([f.detail.stated.path, f.detail.stated.value]).toEqual(['requests.carriedOver.other', 0]);
  });

  it('should say whether a blank read as 0 would pass or fail', () => {
    const [pass] = runCrossYear(thisYear(), lastYear({ ...distinct, 'requests.carriedForward.other': null }), [crossYearCarryOver]);
    expect(pass?.detail.kind === 'unassessable' && pass.detail.ifZero).toBe('pass');
    const now = thisYear();
    setFigures(now.report, { 'requests.carriedOver.other': 1 });
    const [fail] = runCrossYear(now, lastYear({ ...distinct, 'requests.carriedForward.other': null }), [crossYearCarryOver]);
    expect([fail?.code, fail?.severity, fail?.expected, fail?.actual]).toEqual(['unassessable', 'info', null, 1]);
    expect(fail?.detail.kind === 'unassessable' && fail.detail.ifZero).toBe('fail');
  });

  it('should leave a missing table, row or column to the structure rules', () => {
    const noForward = lastYear({ ...distinct, 'requests.carriedForward.natural': 3 });
    delete noForward.report.tables.requests!.carriedForward;
    expect(carryOver(thisYear(), noForward)).toEqual([]);
    const noOver = thisYear();
    delete noOver.report.tables.requests!.carriedOver;
    expect(carryOver(noOver, lastYear({ ...distinct, 'requests.carriedForward.natural': 3 }))).toEqual([]);
    const noTable = lastYear({ ...distinct, 'requests.carriedForward.natural': 3 });
    noTable.report.tables.requests = null;
    expect(carryOver(thisYear(), noTable)).toEqual([]);
    const noTableNow = thisYear();
    noTableNow.report.tables.requests = null;
    expect(carryOver(noTableNow, lastYear({ ...distinct, 'requests.carriedForward.natural': 3 }))).toEqual([]);
    const noColumn = lastYear({ ...distinct, 'requests.carriedForward.natural': 3, 'requests.carriedForward.legal': 3 });
    delete noColumn.report.tables.requests!.carriedForward!.natural;
    expect(carryOver(thisYear(), noColumn)).toEqual([['previous-year', 'warning', ['requests.carriedOver.legal'], 3, 0]]);
    const noColumnNow = thisYear();
    delete noColumnNow.report.tables.requests!.carriedOver!.natural;
    expect(carryOver(noColumnNow, lastYear({ ...distinct, 'requests.carriedForward.natural': 3 }))).toEqual([]);
  });

  it('should compare nothing on a figure either year printed but could not read for sure (cells-unread)', () => {
    const previous = lastYear({ ...distinct, 'requests.carriedForward.natural': null, 'requests.carriedForward.legal': 2 });
    previous.report.findings.push(unreadKept(['requests.carriedForward.natural', 'requests.carriedForward.total']));
    // were it a blank, natural would be not assessable (info); printed but unread, there is nothing to say; legal still differs
    expect(carryOver(thisYear(), previous)).toEqual([['previous-year', 'warning', ['requests.carriedOver.legal'], 2, 0]]);
    const now = thisYear();
    now.report.findings.push({ ...CELLS_UNREAD, cells: ['requests.carriedOver.legal'] });
    now.report.tables.requests!.carriedOver!.legal = { value: null, raw: '' };
    expect(carryOver(now, lastYear({ ...distinct, 'requests.carriedForward.legal': 2 }))).toEqual([]);
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
});

describe('cross-year-carry-over as declared', () => {
  it('should be a warning of clause X-1 under its own id', () => {
    expect([crossYearCarryOver.id, crossYearCarryOver.severity, crossYearCarryOver.clause]).toEqual(['cross-year-carry-over', 'warning', 'X-1']);
  });

  it('should leave aside an OCR figure the template’s sums did not prove, this year’s or last year’s', () => {
    // a scan's 上年结转 read 2 (a rubbed 3?) where last year carried 3 forward: no ground for a warning unless proven
    const ocr = (status: 'proven' | 'corrected' | 'unproven' | 'unread') => ({
      status,
      read: '2',
      confidence: 0.6,
      alternatives: [{ text: '3', p: 0.3 }],
      page: 1,
      box: { x: 0, y: 0, w: 1, h: 1 },
    });
    const now = (status: Parameters<typeof ocr>[0]) => {
      const r = thisYear();
      setFigures(r.report, { 'requests.carriedOver.research': 2, 'requests.carriedOver.total': 2 });
      r.report.tables.requests!.carriedOver!.research!.ocr = ocr(status);
      return r;
    };
    const last = lastYear({ ...distinct, 'requests.carriedForward.research': 3, 'requests.carriedForward.total': 2 });
    expect(carryOver(now('unproven'), last)).toEqual([]);
    expect(carryOver(now('unread'), last)).toEqual([]);
    expect(carryOver(now('proven'), last)).toEqual([['previous-year', 'warning', ['requests.carriedOver.research'], 3, 2]]);
    expect(carryOver(now('corrected'), last)).toEqual([['previous-year', 'warning', ['requests.carriedOver.research'], 3, 2]]);
    // last year's scan, its 结转下年度 unproven
    const lastScan = lastYear({ ...distinct, 'requests.carriedForward.research': 3, 'requests.carriedForward.total': 2 });
    lastScan.report.tables.requests!.carriedForward!.research!.ocr = { ...ocr('unproven'), read: '3' };
    const plain = thisYear();
    setFigures(plain.report, { 'requests.carriedOver.research': 2, 'requests.carriedOver.total': 2 });
    expect(carryOver(plain, lastScan)).toEqual([]);
  });
});
