import { describe, expect, it } from 'vitest';
import { acrossReports } from '../../cli/across-reports';
import type { Outcome } from '../../cli/outcome';
import { renderAcross } from '../../cli/render-across';
import { rowFromResult } from '../../lib/batch/batch-row';
import { countyBatch } from '../helpers/county-batch';
import { COUNTY_GOVERNMENT } from '../helpers/generate-county';

// the generated county over two years, checked as the CLI checks HTML, without 2024's 民政局
const batch = countyBatch().filter((r) => !(r.agency === '青山县民政局' && r.year === 2024));
const outcomes: Outcome[] = batch.map((r) => ({
  source: r.url,
  error: null,
  report: r.result.report,
  summary: '',
  row: rowFromResult({ url: r.url, linkText: r.url }, r.result),
}));

describe('the checks across the reports of a CLI run', () => {
  const { outcomes: after, found } = acrossReports(outcomes);

  it('should add the roll-up to the governments’ reports and rows only, and list what it added', () => {
    expect(found.map((f) => [f.outcome.report!.agency, f.outcome.report!.year])).toEqual([
      [COUNTY_GOVERNMENT, 2023],
      [COUNTY_GOVERNMENT, 2024],
    ]);
    after.forEach((o, i) => {
      if (o.report!.agency !== COUNTY_GOVERNMENT) expect(o).toBe(outcomes[i]);
      else {
        expect(o.report!.findings).toEqual([...outcomes[i]!.report!.findings, ...found.find((f) => f.outcome === o)!.findings]);
        expect(o.row.report).toBe(o.report);
      }
    });
    // 2023 complete and equal: the members note alone; 2024 lacks 民政局: every cell it had a figure in differs, as notes
    expect(found[0]!.findings.map((f) => f.rule)).toEqual(['roll-up-members']);
    expect(found[1]!.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(found[1]!.findings.filter((f) => f.rule === 'roll-up-sum').length).toBeGreaterThan(0);
  });

  it('should write the summary’s closing block in English with --lang en', () => {
    const text = renderAcross(found, 'en');
    expect(text.startsWith('\n== Across the reports of this run')).toBe(true);
    expect(text).toContain(
      `-- ${found[1]!.outcome.source} (${COUNTY_GOVERNMENT} 2024)\n  [info] roll-up-members Roll-up: the batch holds 38 reports of 青山县 for 2024; 1 missing (reported in another year): 青山县民政局`,
    );
    expect(text).toMatch(
      /\n {2}\[info\] roll-up-sum Table 3 .* \(roll-up\) against the sum of 38 reports \(members missing\): [\d+]+ = \d+, reported \d+, off by \d+\n {9}cells: Table 3 /,
    );
    expect(renderAcross([], 'en')).toBe('');
  });
});
