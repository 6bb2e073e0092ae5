import type { FindingFacts, PublicReport } from '../model/public-report';
import type { ReportVerdict } from '../model/verdict';
import type { Reviews } from '../review/review';
import { findingKey, type KeyedFinding } from './finding-key';
import { readState, unprovenOcrCells } from '../model/read-state';

/** A finding as the verdict sees it: checked (with its `code`) or written out (canonical, without). */
type VerdictFinding = Pick<FindingFacts, 'rule' | 'severity' | 'cells'> & { code?: string };

/** What a verdict is computed from: a checked report, or a canonical one (which may carry the verdict it was written with). */
export type VerdictFacts = Pick<PublicReport, 'detected' | 'tables'> & { findings: readonly VerdictFinding[]; verdict?: ReportVerdict };

/**
 * The checks a report leaves undone: each relation not assessable for blank cells (code `unassessable`),
 * each printed figure not read for sure (cells-unread's cells), each table with two different copies
 * (table-candidates) and each OCR'd figure not proven. A canonical report has no codes: the count it was
 * written with stands in for the blanks.
 */
function uncheckedOf(report: VerdictFacts, findings: readonly VerdictFinding[]): number {
  const unread = new Set(findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells)).size;
  const blanks = findings.filter((f) => f.code === 'unassessable').length;
  const candidates = findings.filter((f) => f.rule === 'table-candidates').length;
  const counted = unread + blanks + candidates + unprovenOcrCells(report.tables).length;
  return Math.max(counted, report.verdict?.unchecked ?? 0);
}

/**
 * The report's verdict (lib/model/verdict.ts), from its findings less those dismissed (`dismissed(i)` for
 * finding i). Could not be read: not a report, or no table read. Errors found: an error stands (errors
 * over unread figures hold whichever way they read). Consistent where checkable: some checks were not
 * made (never "consistent" then, and never "warnings only": the warnings are counted beside it).
 * Warnings only, else consistent; notes never change the kind.
 * @example reportVerdict(checkText(seed002).report) → { kind: 'error', errors: 2, warnings: 0, notes: 1, unchecked: 0, dismissed: 0 }
 */
export function reportVerdict(report: VerdictFacts, dismissed: (index: number) => boolean = () => false): ReportVerdict {
  const standing = report.findings.filter((_, i) => !dismissed(i));
  const count = (s: FindingFacts['severity']) => standing.filter((f) => f.severity === s).length;
  const counts = { errors: count('error'), warnings: count('warning'), notes: count('info') };
  const d = report.findings.length - standing.length;
  const unchecked = uncheckedOf(report, standing);
  const state = readState({ tables: report.tables, findings: standing });
  if (!report.detected || state === 'none') return { kind: 'unreadable', ...counts, unchecked, dismissed: d };
  if (counts.errors > 0) return { kind: 'error', ...counts, unchecked, dismissed: d };
  // a partly read report with nothing counted as unread still has a check not made
  if (state === 'partial' || unchecked > 0) return { kind: 'partial', ...counts, unchecked: Math.max(unchecked, 1), dismissed: d };
  return { kind: counts.warnings > 0 ? 'warning' : 'ok', ...counts, unchecked, dismissed: d };
}

/** Which findings an auditor dismissed, by their decisions (lib/review/review.ts), for reportVerdict. */
export function dismissedBy(findings: readonly KeyedFinding[], reviews: Reviews | undefined): (index: number) => boolean {
  return (i) => {
    const f = findings[i];
    return f !== undefined && reviews?.[findingKey(f)]?.status === 'dismissed';
  };
}
