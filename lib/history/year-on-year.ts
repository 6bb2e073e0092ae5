import type { Finding } from '../model/finding';
import { runCrossYear } from '../rules/cross-year/run-cross-year';
import { agencyKey } from './agency-key';
import { compareCheckedAt } from './compare-checked-at';
import type { HistoryRecord } from '../model/history-record';

export interface YearStep {
  from: HistoryRecord;
  to: HistoryRecord;
  findings: Finding[];
}

/**
 * One agency's years side by side: the newest check of each year, oldest year first, and the
 * cross-year findings between each pair of consecutive years (a gap year has no step
 * only hold from one year to the next).
 */
export function yearOnYear(records: readonly HistoryRecord[], agency: string): { years: HistoryRecord[]; steps: YearStep[] } {
  const key = agencyKey(agency);
  const byYear = new Map<number, HistoryRecord>();
  for (const r of records) {
    if (key === null || r.year === null || agencyKey(r.agency) !== key) continue;
    const seen = byYear.get(r.year);
    if (!seen || compareCheckedAt(r, seen) > 0) byYear.set(r.year, r);
  }
  const byYearSorted = [...byYear].sort(([a], [b]) => a - b);
  const years = byYearSorted.map(([, r]) => r);
  const steps: YearStep[] = [];
  for (const [i, [year, to]] of byYearSorted.entries()) {
    const prev = byYearSorted[i - 1];
    if (prev && year === prev[0] + 1) steps.push({ from: prev[1], to, findings: runCrossYear({ report: to.report, narrative: to.narrative }, prev[1]) });
  }
  return { years, steps };
}
