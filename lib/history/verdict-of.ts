import type { Verdict } from '../model/verdict';
import { reportVerdict, type VerdictFacts } from '../report/report-verdict';

/**
 * The record's one-word verdict, the kind of the report's verdict (lib/report/report-verdict.ts) with no
 * decisions applied. The batch's verdict is this one with 'not-a-report' added (lib/batch/batch-row.ts).
 */
export function verdictOf(report: VerdictFacts): Verdict {
  return reportVerdict(report).kind;
}
