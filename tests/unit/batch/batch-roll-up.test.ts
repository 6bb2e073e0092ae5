import { describe, expect, it } from 'vitest';
import { batchRollUp } from '../../../lib/batch/batch-roll-up';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { countyBatch } from '../../helpers/county-batch';
import { editCounty } from '../../helpers/county-history';
import { COUNTY_GOVERNMENT } from '../../helpers/generate-county';

describe('batchRollUp', () => {
  it('should add the X-4 findings to the county government’s row only, counted and keyed like its own', () => {
    const batch = countyBatch(17, (r) => (r.agency === '青山县教育局' && r.year === 2024 ? editCounty(r, { 'review.reconsideration.upheld': 99 }) : r));
    const rows = batch.map((r) => rowFromResult({ url: r.url, linkText: r.agency }, r.result));
    const after = batchRollUp(rows);
    const gov = after.find((r) => r.agency === COUNTY_GOVERNMENT && r.year === 2024)!;
    const added = gov.report!.findings.slice(rows.find((r) => r.url === gov.url)!.report!.findings.length);
    expect(added.map((f) => [f.rule, f.severity, f.cells[0] ?? ''])).toEqual([
      ['roll-up-members', 'info', ''],
      ['roll-up-sum', 'warning', 'review.reconsideration.upheld'],
    ]);
    expect(gov.counts.warning).toBe(1);
    expect(gov.findingKeys).toHaveLength(gov.report!.findings.length);
    expect(after.filter((r) => r.agency !== COUNTY_GOVERNMENT)).toEqual(rows.filter((r) => r.agency !== COUNTY_GOVERNMENT));
  });
});
