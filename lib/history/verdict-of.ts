import type { PublicReport } from '../report/public-report';
import type { Verdict } from './history-record';

/**
 * The record's one-word verdict, as the badge says it: unreadable (no table read), else the worst
 * severity. The batch's verdict is this one with 'not-a-report' added (lib/batch/batch-row.ts).
 */
export function verdictOf(report: Pick<PublicReport, 'tables' | 'findings'>): Verdict {
  const t = report.tables;
  if (t.requests === null && t.review === null && t.active === null) return 'unreadable';
  if (report.findings.some((f) => f.severity === 'error')) return 'error';
  if (report.findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}
