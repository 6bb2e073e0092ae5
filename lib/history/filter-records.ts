import { agencyKey } from './agency-key';
import type { Verdict } from '../model/verdict';
import type { HistoryRecord } from './history-record';

export interface RecordFilter {
  /** part of the agency name (or title), matched after the same normalisation as agencyKey */
  agency: string;
  year: number | null;
  verdict: Verdict | null;
}

/**
 * The records the history page lists for its filters (empty fields filter nothing). `verdictOf` is the
 * verdict a record is filtered by: the page's, after the auditor's decisions; the one kept with it by default.
 */
export function filterRecords(
  records: readonly HistoryRecord[],
  filter: RecordFilter,
  verdictOf: (r: HistoryRecord) => Verdict = (r) => r.verdict,
): HistoryRecord[] {
  const needle = agencyKey(filter.agency);
  return records.filter(
    (r) =>
      (needle === null || (agencyKey(r.agency) ?? '').includes(needle) || (agencyKey(r.title) ?? '').includes(needle)) &&
      (filter.year === null || r.year === filter.year) &&
      (filter.verdict === null || verdictOf(r) === filter.verdict),
  );
}
