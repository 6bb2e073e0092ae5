import { describe, expect, it } from 'vitest';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { renderFinding } from '../../../../lib/report/render-finding';
import { countyRecord, editCounty } from '../../../helpers/county-history';
import { generateCounty } from '../../../helpers/generate-county';

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

describe('the year-on-year anomaly checks on a generated county (two years, real layouts)', () => {
  const lic = of(AGENCY, 2023).values.active.licensing!.count!;
  const pun = of(AGENCY, 2023).values.active.punishment!.count!;

  it('should say nothing between two consistent years of the generated county beyond what the figures themselves hold', () => {
    // every agency: the carry-over and documents in force hold by construction
    for (const r of county.filter((x) => x.year === 2024)) {
      const found = runCrossYear({ report: countyRecord(r).report, narrative: [] }, countyRecord(of(r.agency, 2023)));
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

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

  it('should list figures that appear where last year had "/" and "/" where last year had figures', () => {
    const found = yearOnYear({ 'active.enforcement.count': '/' }).filter((f) => f.rule === 'cross-year-appeared');
    expect(found.map((f) => [f.severity, f.cells])).toEqual([['info', ['active.enforcement.count']]]);
    expect(renderFinding(found[0]!, 'zh')).toContain('表二有 1 个单元格上年报告（');
    expect(renderFinding(found[0]!, 'zh')).toContain('填有数字、本年为空白或“/”：表二行政强制·本年处理决定数量');
  });
});
