import type { HistoryRecord } from '../../model/history-record';
import type { Finding } from '../../model/finding';
import { runChecks } from '../run-checks';
import type { CrossYearRule, CurrentReport } from './cross-year-rule';
import { CROSS_YEAR_RULES } from './index';

/**
 * Checks this year's report against last year's report of the same agency (findPrevious): X-1 carry-over,
 * X-2 documents in force, X-3 copied tables and narrative, the year-on-year anomalies (runChecks: warnings
 * first, then in registry order).
 */
export function runCrossYear(current: CurrentReport, previous: HistoryRecord, rules: readonly CrossYearRule[] = CROSS_YEAR_RULES): Finding[] {
  return runChecks(rules, { current, previous });
}
