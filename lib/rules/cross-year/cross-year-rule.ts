import type { HistoryRecord } from '../../model/history-record';
import type { PreviousReport } from '../../model/finding';
import type { PublicReport } from '../../model/public-report';
import type { ReadFacts } from '../../model/read-state';
import type { Rule } from '../rule';

/** This year's report as checked: its canonical report and narrative lines. */
export interface CurrentReport {
  /** as checked, or as the history keeps it (canonical): its year, tables and which findings it has */
  report: Pick<PublicReport, 'year' | 'format' | 'tables'> & ReadFacts;
  narrative: readonly string[];
}

/** What a cross-year rule sees: this year's report and last year's record of the same agency. */
export interface CrossYearContext {
  current: CurrentReport;
  previous: HistoryRecord;
}

/** A rule of report-format.md §4.5: a Rule that needs last year's report (one file each, id = file name). */
export type CrossYearRule = Rule<CrossYearContext>;

/** Last year's report as a finding names it. */
export function previousOf(record: HistoryRecord): PreviousReport {
  return { url: record.url, title: record.title };
}
