import type { Severity } from '../model/finding';
import { type ReadFacts, readState } from '../report/read-state';
import type { Verdict } from '../model/verdict';

/**
 * The record's one-word verdict, as the badge says it: unreadable (no table read); error; partial (some
 * printed figures not read for sure, so never 'ok' nor a mere warning); warning; ok. The batch's verdict
 * is this one with 'not-a-report' added (lib/batch/batch-row.ts).
 */
export function verdictOf(
  report: Pick<ReadFacts, 'tables'> & { findings: readonly { rule: string; cells: readonly string[]; severity: Severity }[] },
): Verdict {
  const state = readState(report);
  if (state === 'none') return 'unreadable';
  if (report.findings.some((f) => f.severity === 'error')) return 'error';
  if (state === 'partial') return 'partial';
  if (report.findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}
