import { agencyKey } from './agency-key';
import type { Verdict } from '../model/verdict';
import type { HistoryRecord } from '../model/history-record';

export interface RecordFilter {
  /** part of the agency name (or title), matched after the same normalisation as agencyKey */
  agency: string;
  year: number | null;
  verdict: Verdict | null;
}

/** The records the history page lists for its filters (empty fields filter nothing). */
export function filterRecords(records: readonly HistoryRecord[], filter: RecordFilter): HistoryRecord[] {
  const needle = agencyKey(filter.agency);
  return records.filter(
    (r) =>
      (needle === null || (agencyKey(r.agency) ?? '').includes(needle) || (agencyKey(r.title) ?? '').includes(needle)) &&
      (filter.year === null || r.year === filter.year) &&
      (filter.verdict === null || r.verdict === filter.verdict),
  );
}
