import { rollUpFindings } from '../benchmark/roll-up-findings';
import { rollUps } from '../benchmark/roll-up';
import { withFindings } from './batch-cross-year';
import type { BatchRow } from './batch-row';

/**
 * X-4 once a batch is over: each government report of the batch against the sum of its area's reports
 * of the same year (lib/benchmark/roll-up.ts), its findings added to the government's row.
 */
export function batchRollUp(rows: readonly BatchRow[]): BatchRow[] {
  const done = rows.filter((r) => r.status === 'done' && r.report?.detected);
  const ups = rollUps(done.flatMap((r) => (r.report ? [{ url: r.url, report: r.report }] : [])));
  if (ups.length === 0) return [...rows];
  const byUrl = new Map(ups.map((u) => [u.government.url, rollUpFindings(u)]));
  return rows.map((r) => {
    const findings = byUrl.get(r.url);
    return findings ? withFindings(r, findings) : r;
  });
}
