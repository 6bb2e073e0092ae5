import type { CanonicalFinding, CanonicalReport, PublicReport } from '../model/public-report';
import type { Finding } from '../model/finding';
import { renderFinding } from './render-finding';
import { reportVerdict } from './report-verdict';

/** FINDING of output.md: rule, severity, the message in Chinese, cells, expected and actual, in that order. */
export function canonicalFinding(f: Finding): CanonicalFinding {
  return { rule: f.rule, severity: f.severity, message: renderFinding(f, 'zh'), cells: f.cells, expected: f.expected, actual: f.actual };
}

/**
 * The report as output.md writes it: each finding's message rendered in Chinese, and its verdict
 * (lib/report/report-verdict.ts, no decisions applied); the edge where a report
 * is written out (the CLI's --json, the exports, the evidence file, "copy as JSON", the history).
 * @example canonicalReport(checkText(seed, 'a.txt').report).findings[0].message → '表三·自然人列：…'
 */
export function canonicalReport(report: PublicReport): CanonicalReport {
  const { findings, ...rest } = report;
  // the verdict last, after output.md's keys: computed here, where the findings still carry their codes
  return { ...rest, findings: findings.map(canonicalFinding), verdict: reportVerdict(report) };
}
