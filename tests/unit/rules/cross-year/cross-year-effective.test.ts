import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearEffective } from '../../../../lib/rules/cross-year/cross-year-effective';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { CELLS_UNREAD, distinct, lastYear, rules, setFigures, thisYear, TITLE_2022, unreadKept } from './last-year';

/**
 * cross-year-effective on seed 000 (北京市通州区国资委 2023, real; 表二 规章 and 行政规范性文件 print 0
 * issued, 0 repealed, 0 in force) against "last year" = seed 000 with its 现行有效件数 edited.
 */
const effective = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearEffective]).map((f) => [f.code, f.severity, f.cells[0], f.expected, f.actual]);

/** this year with 规章 issued 2, repealed 1 and `inForce` in force */
function issuedTwoRepealedOne(inForce: number | null = 5) {
  const now = thisYear();
  setFigures(now.report, { 'active.regulations.issued': 2, 'active.regulations.repealed': 1, 'active.regulations.effective': inForce });
  return now;
}

describe('cross-year-effective on seed 000 against a last year built from it', () => {
  it('should find nothing when nothing was issued or repealed and last year had as many in force', () => {
    expect(effective(thisYear(), lastYear(distinct))).toEqual([]);
  });

  it('should add what was issued and take away what was repealed: 4 + 2 − 1 = 5, and 3 or 5 last year is off by one', () => {
    expect(effective(issuedTwoRepealedOne(), lastYear({ ...distinct, 'active.regulations.effective': 4 }))).toEqual([]);
    expect(effective(issuedTwoRepealedOne(), lastYear({ ...distinct, 'active.regulations.effective': 3 }))).toEqual([
      ['previous-year', 'warning', 'active.regulations.effective', 4, 5],
    ]);
    expect(effective(issuedTwoRepealedOne(), lastYear({ ...distinct, 'active.regulations.effective': 5 }))).toEqual([
      ['previous-year', 'warning', 'active.regulations.effective', 6, 5],
    ]);
  });

  it('should check 规章 and 行政规范性文件 each, naming the three cells of this year', () => {
    const [regs, docs] = runCrossYear(thisYear(), lastYear({ ...distinct, 'active.regulations.effective': 1, 'active.normativeDocuments.effective': 2 }), [
      crossYearEffective,
    ]);
    expect(regs?.cells).toEqual(['active.regulations.effective', 'active.regulations.issued', 'active.regulations.repealed']);
    expect(regs?.stated).toEqual(['active.regulations.effective']);
    expect([docs?.cells[0], docs?.expected, docs?.actual]).toEqual(['active.normativeDocuments.effective', 2, 0]);
  });

  it('should carry last year’s figure and this year’s with their signs', () => {
    const [f] = runCrossYear(issuedTwoRepealedOne(), lastYear({ ...distinct, 'active.regulations.effective': 3 }), [crossYearEffective]);
    if (f?.detail.kind !== 'previous-year') throw new Error(f?.detail.kind);
    expect(f.detail.terms.map((t) => [t.value, t.sign, t.lastYear])).toEqual([
      [3, 1, true],
      [2, 1, false],
      [1, -1, false],
    ]);
    expect([f.detail.stated.path, f.detail.stated.value]).toEqual(['active.regulations.effective', 5]);
    expect(f.detail.previous).toEqual({ url: 'https://www.bjtzh.gov.cn/gzw/2022.html', title: TITLE_2022 });
    expect(f.detail.subject).toEqual({ zh: '表二规章·现行有效件数（与上年报告对照）', en: 'Table 2, regulations in force, against last year' });
    expect(f.detail.terms.map((t) => t.label)).toEqual([
      { zh: '现行有效件数', en: 'in force' },
      { zh: '本年制发件数', en: 'issued' },
      { zh: '本年废止件数', en: 'repealed' },
    ]);
    expect(f.detail.stated.label).toEqual({ zh: '本年现行有效件数', en: 'in force this year' });
  });

  it('should say which figure is blank and whether 0 for it would pass', () => {
    const lastBlank = runCrossYear(issuedTwoRepealedOne(), lastYear({ ...distinct, 'active.regulations.effective': null }), [crossYearEffective]);
    expect(lastBlank.map((f) => [f.code, f.severity, f.expected, f.actual])).toEqual([['unassessable', 'info', null, 5]]);
    const [a] = lastBlank;
    if (a?.detail.kind !== 'unassessable') throw new Error(a?.detail.kind);
    expect([a.detail.ifZero, a.detail.missing.map((t) => [t.path, t.lastYear ?? false])]).toEqual(['fail', [['active.regulations.effective', true]]]);
    expect(a.stated).toEqual(['active.regulations.effective']);
    expect(a.detail.missing.map((t) => t.label.en)).toEqual([`in force in last year's report (${TITLE_2022})`]);
    // this year's in force blank: 4 + 2 − 1 = 5 is known, the stated figure is not; blank as 0 fails
    const [b] = runCrossYear(issuedTwoRepealedOne(null), lastYear({ ...distinct, 'active.regulations.effective': 4 }), [crossYearEffective]);
    if (b?.detail.kind !== 'unassessable') throw new Error(b?.detail.kind);
    expect([b.expected, b.actual, b.detail.ifZero, b.detail.missing.map((t) => [t.path, t.lastYear ?? false])]).toEqual([
      5,
      null,
      'fail',
      [['active.regulations.effective', false]],
    ]);
    // issued and repealed blank, 1 in force last year and now: as 0 it would pass
    const now = thisYear();
    setFigures(now.report, { 'active.regulations.issued': null, 'active.regulations.repealed': null, 'active.regulations.effective': 1 });
    const [c] = runCrossYear(now, lastYear({ ...distinct, 'active.regulations.effective': 1 }), [crossYearEffective]);
    if (c?.detail.kind !== 'unassessable') throw new Error(c?.detail.kind);
    expect([c.expected, c.actual, c.detail.ifZero, c.detail.missing.map((t) => t.path)]).toEqual([
      null,
      1,
      'pass',
      ['active.regulations.issued', 'active.regulations.repealed'],
    ]);
  });

  it('should leave a row missing from either year to the structure rules', () => {
    const noRow = lastYear({ ...distinct, 'active.regulations.effective': 3 });
    delete noRow.report.tables.active!.regulations;
    expect(effective(thisYear(), noRow)).toEqual([]);
    for (const col of ['effective', 'issued', 'repealed']) {
      const now = thisYear();
      delete now.report.tables.active!.regulations![col];
      expect(effective(now, lastYear({ ...distinct, 'active.regulations.effective': 3 }))).toEqual([]);
    }
    const noTableLast = lastYear({ ...distinct, 'active.regulations.effective': 3 });
    noTableLast.report.tables.active = null;
    expect(effective(thisYear(), noTableLast)).toEqual([]);
    const noTable = thisYear();
    noTable.report.tables.active = null;
    expect(effective(noTable, lastYear({ ...distinct, 'active.regulations.effective': 3 }))).toEqual([]);
  });

  it.each(['effective', 'issued', 'repealed'])('should compare nothing when this year’s %s was not read for sure', (col) => {
    const now = thisYear();
    now.report.findings.push({ ...CELLS_UNREAD, cells: [`active.regulations.${col}`] });
    expect(effective(now, lastYear({ ...distinct, 'active.regulations.effective': 3 }))).toEqual([]);
  });

  it('should compare nothing when last year’s 现行有效件数 was not read for sure, and still compare the other row', () => {
    const previous = lastYear({ ...distinct, 'active.normativeDocuments.effective': null, 'active.regulations.effective': 3 });
    previous.report.findings.push(unreadKept(['active.normativeDocuments.effective']));
    // were it a blank it would be not assessable (info); printed but unread, there is nothing to say
    expect(effective(thisYear(), previous)).toEqual([['previous-year', 'warning', 'active.regulations.effective', 3, 0]]);
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
});

describe('cross-year-effective as declared', () => {
  it('should be a warning of clause X-2 under its own id', () => {
    expect([crossYearEffective.id, crossYearEffective.severity, crossYearEffective.clause]).toEqual(['cross-year-effective', 'warning', 'X-2']);
  });
});
