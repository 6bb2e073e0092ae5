import { agencyKey } from './agency-key';
import { compareCheckedAt } from './compare-checked-at';
import type { HistoryRecord } from '../model/history-record';

/**
 * Last year's report of the same agency in the history: same agency (agencyKey), year − 1, the newest
 * check when the history holds several (a report corrected and checked again). Null when the current
 * report has no agency or year, or the history holds none.
 */
export function findPrevious(records: readonly HistoryRecord[], current: { agency: string | null; year: number | null }): HistoryRecord | null {
  const key = agencyKey(current.agency);
  if (key === null || current.year === null) return null;
  let best: HistoryRecord | null = null;
  for (const r of records) {
    if (r.year !== current.year - 1 || agencyKey(r.agency) !== key) continue;
    if (!best || compareCheckedAt(r, best) > 0) best = r;
  }
  return best;
}
