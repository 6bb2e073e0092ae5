import { describe, expect, it } from 'vitest';
import { batchCrossYear } from '../../../lib/batch/batch-cross-year';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { buildRecord } from '../../../lib/history/build-record';
import { checkText } from '../../../lib/pipeline';
import { canonicalReport } from '../../../lib/report/canonical-report';
import { seedText } from '../../helpers/seeds';
import { lastYear, thisYear } from '../rules/cross-year/last-year';

describe('batchCrossYear', () => {
  const url = 'https://www.bjtzh.gov.cn/gzw/2023.html';
  const current = () => {
    const result = checkText(seedText('000'), url);
    const row = rowFromResult({ url, linkText: '2023' }, result);
    const own = buildRecord({
      url,
      report: canonicalReport(result.report),
      narrative: result.extraction.lines,
      hash: row.hash!,
      checkedAt: '2026-11-23T08:00:00.000Z',
    });
    return { row, own };
  };

  it('should add last year’s carry-over mismatch to a row of the batch, with its counts, verdict and decision key', () => {
    const { row, own } = current();
    // seed 000 carries 0 over into 2023; "2022" says it carried 2 forward (自然人)
    const previous = lastYear({ 'requests.carriedForward.natural': 2, 'requests.carriedForward.total': 2 });
    const [out] = batchCrossYear([row], [previous, own]);
    const added = out!.report!.findings.slice(row.report!.findings.length);
    expect(added.map((f) => [f.rule, f.cells, f.expected, f.actual])).toEqual([
      ['cross-year-carry-over', ['requests.carriedOver.natural'], 2, 0],
      ['cross-year-carry-over', ['requests.carriedOver.total'], 2, 0],
    ]);
    expect(out!.counts.warning).toBe(row.counts.warning + 2);
    expect(out!.verdict).toBe('warning');
    expect(out!.findingKeys).toHaveLength(out!.report!.findings.length);
  });

  it('should leave a row alone without last year’s report, and flag one that repeats last year’s figures and text', () => {
    const { row, own } = current();
    expect(batchCrossYear([row], [own])).toEqual([row]);
    const same = lastYear({}, { narrative: thisYear().narrative.map((l) => l.replaceAll('2023年', '2022年')) });
    const [out] = batchCrossYear([row], [same, own]);
    // every figure and every sentence as last year: a copy
    expect(out!.report!.findings.slice(row.report!.findings.length).map((f) => f.rule)).toEqual(['cross-year-same-tables', 'cross-year-same-narrative']);
  });
});
