import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearRatio } from '../../../../lib/rules/cross-year/cross-year-ratio';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { countyRecord, editCounty } from '../../../helpers/county-history';
import { generateCounty } from '../../../helpers/generate-county';
import { CELLS_UNREAD, lastYear, setFigures, thisYear, TITLE_2022, unreadKept } from './last-year';

/**
 * cross-year-ratio (同比) on seed 000 (北京市通州区国资委 2023, real: 一、本年新收 总计 6) against "last year" =
 * seed 000 with that figure edited across 5× and a fifth; and on a generated county of real layouts.
 */
const NEW = 'requests.newReceived.total';
const ratio = (now: ReturnType<typeof thisYear>, previous: ReturnType<typeof lastYear>) =>
  runCrossYear(now, previous, [crossYearRatio]).map((f) => [f.code, f.severity, f.cells, f.expected, f.actual]);
/** this year with 新收 总计 `n` */
const newReceived = (n: number | null) => {
  const now = thisYear();
  setFigures(now.report, { [NEW]: n });
  return now;
};

describe('cross-year-ratio on seed 000 against a last year built from it', () => {
  it('should find nothing when this year equals last year', () => {
    expect(ratio(thisYear(), lastYear())).toEqual([]);
  });

  it('should point at a figure over 5 times last year’s, not at one exactly 5 times', () => {
    expect(ratio(newReceived(10), lastYear({ [NEW]: 2 }))).toEqual([]);
    expect(ratio(newReceived(11), lastYear({ [NEW]: 2 }))).toEqual([['previous-year', 'info', [NEW], 2, 11]]);
  });

  it('should compare only 表三’s 总计 column, not an applicant column moved 5.5×', () => {
    const NATURAL = 'requests.newReceived.natural';
    const now = thisYear();
    setFigures(now.report, { [NATURAL]: 11 });
    expect(ratio(now, lastYear({ [NATURAL]: 2 }))).toEqual([]);
  });

  it('should point at a figure under a fifth of last year’s, not at one exactly a fifth', () => {
    expect(ratio(newReceived(2), lastYear({ [NEW]: 10 }))).toEqual([]);
    expect(ratio(newReceived(2), lastYear({ [NEW]: 11 }))).toEqual([['previous-year', 'info', [NEW], 11, 2]]);
  });

  it('should say how many times, up or down, and name last year’s report', () => {
    const [up] = runCrossYear(newReceived(11), lastYear({ [NEW]: 2 }), [crossYearRatio]);
    const [down] = runCrossYear(newReceived(2), lastYear({ [NEW]: 11 }), [crossYearRatio]);
    if (up?.detail.kind !== 'previous-year' || down?.detail.kind !== 'previous-year') throw new Error('not previous-year');
    // the hint is a message of the rule's table and its data; the words are rendered at the edge
    expect(up.detail.hint).toEqual({ code: 'over', data: { ratio: 5.5 } });
    expect(down.detail.hint).toEqual({ code: 'under', data: { ratio: 2 / 11 } });
    expect(renderFinding(up, 'zh')).toMatch(/。本年为上年的 5\.5 倍（超过 5 倍），请核实$/);
    expect(renderFinding(up, 'en')).toMatch(/\. 5\.5× last year's \(over 5×\): worth a look$/);
    expect(renderFinding(down, 'zh')).toMatch(/。本年不足上年的五分之一（上年为本年的 5\.5 倍），请核实$/);
    expect(renderFinding(down, 'en')).toMatch(/\. under a fifth of last year's \(5\.5× less\): worth a look$/);
    expect(up.detail.previous).toEqual({ url: 'https://www.bjtzh.gov.cn/gzw/2022.html', title: TITLE_2022 });
    expect(up.detail.terms.map((t) => [t.value, t.sign, t.lastYear])).toEqual([[2, 1, true]]);
    expect([up.detail.stated.path, up.detail.stated.value]).toEqual([NEW, 11]);
    expect(up.stated).toEqual([NEW]);
    expect(up.detail.terms.map((t) => t.label)).toEqual([{ zh: '同一单元格', en: 'the same cell' }]);
    expect(up.detail.stated.label).toEqual({ zh: '本年', en: 'this year' });
    expect(up.detail.subject).toEqual({ zh: '表三“一、本年新收政府信息公开申请数量”·总计同比', en: 'Table 3 I. new requests, total, year on year' });
  });

  it('should leave 0 → n and n → 0 to cross-year-appeared’s kind of note (no ratio), and blanks alone', () => {
    expect(ratio(newReceived(6), lastYear({ [NEW]: 0 }))).toEqual([]);
    expect(ratio(newReceived(0), lastYear({ [NEW]: 6 }))).toEqual([]);
    expect(ratio(newReceived(null), lastYear({ [NEW]: 1 }))).toEqual([]);
    expect(ratio(newReceived(6), lastYear({ [NEW]: null }))).toEqual([]);
  });

  it('should compare only cells both years have, of the same template', () => {
    const noRow = lastYear({ [NEW]: 1 });
    delete noRow.report.tables.requests!.newReceived;
    expect(ratio(thisYear(), noRow)).toEqual([]);
    const template2019 = lastYear({ [NEW]: 1 });
    template2019.report.format = '2019';
    expect(ratio(thisYear(), template2019)).toEqual([]);
  });

  it('should compare nothing on a figure either year did not read for sure', () => {
    const now = thisYear();
    now.report.findings.push({ ...CELLS_UNREAD, cells: [NEW] });
    expect(ratio(now, lastYear({ [NEW]: 1 }))).toEqual([]);
    const previous = lastYear({ [NEW]: 1 });
    previous.report.findings.push(unreadKept([NEW]));
    expect(ratio(thisYear(), previous)).toEqual([]);
  });
});

describe('cross-year-ratio on a generated county (two years, real layouts)', () => {
  const county = generateCounty();
  const of = (agency: string, year: number) => county.find((r) => r.agency === agency && r.year === year)!;
  // an agency whose 2023 表二 counts are all non-zero, so that 6× and 4× of each are figures of their own
  const AGENCY = county.find(
    (r) => r.year === 2023 && r.values.active.licensing!.count! > 0 && r.values.active.punishment!.count! > 0 && r.values.active.enforcement!.count! > 0,
  )!.agency;
  function yearOnYear(edits: Record<string, number | string>) {
    const last = countyRecord(of(AGENCY, 2023));
    const now = countyRecord(editCounty(of(AGENCY, 2024), edits), '2025-02-02T10:00:00+08:00');
    return runCrossYear({ report: now.report, narrative: now.narrative }, last);
  }
  const lic = of(AGENCY, 2023).values.active.licensing!.count!;
  const pun = of(AGENCY, 2023).values.active.punishment!.count!;

  it("should point at a figure 6 times last year's and at one under a sixth, not at one 4 times, with both years' figures and last year's report named", () => {
    const found = yearOnYear({ 'active.licensing.count': lic * 6, 'active.punishment.count': pun * 4 });
    const ratio = found.filter((f) => f.rule === 'cross-year-ratio');
    const on = (path: string) => ratio.filter((f) => f.cells[0] === path).map((f) => [f.cells, f.expected, f.actual, f.severity]);
    expect(on('active.licensing.count')).toEqual([[['active.licensing.count'], lic, lic * 6, 'info']]);
    expect(on('active.punishment.count')).toEqual([]);
    expect(renderFinding(ratio.find((f) => f.cells[0] === 'active.licensing.count')!, 'zh')).toBe(
      `表二行政许可·本年处理决定数量同比：上年报告（${AGENCY}2023年政府信息公开工作年度报告）同一单元格 ${lic} ≠ 本年 ${lic * 6}。本年为上年的 6.0 倍（超过 5 倍），请核实`,
    );
    const detail = ratio[0]!.detail;
    expect(detail.kind === 'previous-year' && detail.previous.url).toBe(of(AGENCY, 2023).url);
    // a fall to under a fifth is one too
    const fell = yearOnYear({ 'active.punishment.count': Math.floor(pun / 6) || 1 }).filter(
      (f) => f.rule === 'cross-year-ratio' && f.cells[0] === 'active.punishment.count',
    );
    expect(fell.map((f) => [f.expected, f.actual])).toEqual(pun / (Math.floor(pun / 6) || 1) > 5 ? [[pun, Math.floor(pun / 6) || 1]] : []);
    expect(pun).toBeGreaterThan(5);
  });
});

describe('cross-year-ratio as declared', () => {
  it('should be an info of clause 同比 (QR-007) under its own id', () => {
    expect([crossYearRatio.id, crossYearRatio.severity, crossYearRatio.clause]).toEqual(['cross-year-ratio', 'info', '同比 (QR-007)']);
  });

  it('should not compare an OCR figure the template’s sums did not prove', () => {
    const now = newReceived(11);
    now.report.tables.requests!.newReceived!.total!.ocr = {
      status: 'unproven',
      read: '11',
      confidence: 0.5,
      alternatives: [],
      page: 1,
      box: { x: 0, y: 0, w: 1, h: 1 },
    };
    expect(ratio(now, lastYear({ [NEW]: 2 }))).toEqual([]);
    now.report.tables.requests!.newReceived!.total!.ocr!.status = 'proven';
    expect(ratio(now, lastYear({ [NEW]: 2 }))).toEqual([['previous-year', 'info', [NEW], 2, 11]]);
  });
});
