import type { HistoryRecord } from '../../history/history-record';
import type { Finding, Severity } from '../../model/finding';
import { ruleFailed } from '../note';
import type { CrossYearRule, CurrentReport } from './cross-year-rule';
import { CROSS_YEAR_RULES } from './index';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks this year's report against last year's report of the same agency (findPrevious): X-1 carry-over,
 * X-2 documents in force, X-3 copied tables and narrative. Warnings first, then in registry order; a
 * rule that throws becomes an info finding instead of losing the others (as runRules does).
 */
export function runCrossYear(current: CurrentReport, previous: HistoryRecord, rules: readonly CrossYearRule[] = CROSS_YEAR_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check({ current, previous }));
    } catch (err) {
      out.push(ruleFailed(rule, err));
    }
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
