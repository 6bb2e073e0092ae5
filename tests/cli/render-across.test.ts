import { describe, expect, it } from 'vitest';
import { acrossReports } from '../../cli/across-reports';
import type { Outcome } from '../../cli/outcome';
import { renderAcross } from '../../cli/render-across';
import { rowFromResult } from '../../lib/batch/batch-row';
import { countyBatch } from '../helpers/county-batch';
import { editCounty } from '../helpers/county-history';
import { COUNTY_GOVERNMENT } from '../helpers/generate-county';

// the generated county over two years, checked as the CLI checks HTML, without 2024's 民政局
/** Checked county reports as the CLI's outcomes, one per input. */
const outcomesOf = (batch: ReturnType<typeof countyBatch>): Outcome[] =>
  batch.map((r) => ({ source: r.url, error: null, report: r.result.report, summary: '', row: rowFromResult({ url: r.url, linkText: r.url }, r.result) }));
const outcomes = outcomesOf(countyBatch().filter((r) => !(r.agency === '青山县民政局' && r.year === 2024)));

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

  it('should say each input’s verdict again with what the checks across reports added', () => {
    // both years complete (the members known from the other year), 2023's 财政局 printing one more 行政复议 维持
    // (its own table still adds up): the county's 2023 汇总 is no longer the sum of its members
    const run = outcomesOf(
      countyBatch(17, (r) => {
        if (r.agency !== '青山县财政局' || r.year !== 2023) return r;
        const rec = r.values.review.reconsideration!;
        return editCounty(r, { 'review.reconsideration.upheld': rec.upheld! + 1, 'review.reconsideration.total': rec.total! + 1 });
      }),
    );
    const gov = run.find((o) => o.report!.agency === COUNTY_GOVERNMENT && o.report!.year === 2023)!;
    // its own block said it was consistent before the batch was over
    expect(gov.report!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const across = acrossReports(run).found;
    expect(across.map((f) => [f.outcome.report!.year, f.findings.filter((x) => x.severity === 'warning').map((x) => x.rule)])).toEqual([
      [2023, ['roll-up-sum', 'roll-up-sum']],
      [2024, []],
    ]);
    // each input's block ends with its verdict, the findings added counted
    const lastLines = (text: string) =>
      text
        .split('\n-- ')
        .slice(1)
        .map((block) => block.trimEnd().split('\n').at(-1));
    expect(lastLines(renderAcross(across, 'zh'))).toEqual(['  结论：仅有警告：未发现错误；2 个警告、1 条提示', '  结论：一致：未发现错误；0 个警告、1 条提示']);
    expect(lastLines(renderAcross(across, 'en'))[0]).toMatch(/^ {2}Verdict: .*\b2 warnings\b/);
  });
});
