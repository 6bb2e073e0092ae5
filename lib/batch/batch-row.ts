import type { CheckResult } from '../pipeline';
import { reportHash } from '../report/content-hash';
import { findingKey } from '../review/review';
import type { PublicReport } from '../report/public-report';

export type RowStatus = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
/** error/warning/ok as the badge; not-a-report; unreadable: a report whose tables cannot be read, or a file this version cannot read */
export type Verdict = 'error' | 'warning' | 'ok' | 'not-a-report' | 'unreadable';

export interface BilingualText {
  zh: string;
  en: string;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** One report of a batch: where it is, how far it got, and what the check found. */
export interface BatchRow {
  url: string;
  linkText: string;
  status: RowStatus;
  agency: string | null;
  year: number | null;
  verdict: Verdict | null;
  counts: SeverityCounts;
  error: BilingualText | null;
  /** the canonical report (output.md) once checked */
  report: PublicReport | null;
  /** the report version (page text or attachment bytes), which the auditor's decisions are kept under */
  hash: string | null;
  /** findingKey of each of report.findings, in order (the decisions are looked up by them) */
  findingKeys: string[];
}

export interface BatchItem {
  url: string;
  linkText: string;
}

/** A row before its check. */
export function pendingRow(item: BatchItem): BatchRow {
  return { url: item.url, linkText: item.linkText, status: 'pending', agency: null, year: null, verdict: null, counts: { error: 0, warning: 0, info: 0 }, error: null, report: null, hash: null, findingKeys: [] };
}

/**
 * The verdict of a checked report, as the toolbar badge would show it: not a report; unreadable when
 * none of the three tables could be read (images, a scan); else by its worst finding.
 */
export function verdictOf(report: PublicReport): Verdict {
  if (!report.detected) return 'not-a-report';
  const t = report.tables;
  if (t.requests === null && t.review === null && t.active === null) return 'unreadable';
  if (report.findings.some((f) => f.severity === 'error')) return 'error';
  if (report.findings.some((f) => f.severity === 'warning')) return 'warning';
  return 'ok';
}

/**
 * A finished row from a check's result (lib/pipeline.ts). `hash` is the attachment's byte hash; a
 * page's is its report text hash (reportHash), as the popup keys the decisions on it.
 */
export function rowFromResult(item: BatchItem, result: CheckResult | PublicReport, hash?: string): BatchRow {
  const report = 'report' in result ? result.report : result;
  const counts = { error: 0, warning: 0, info: 0 };
  // a page that is not a report has no findings worth counting (rules do not run on it)
  if (report.detected) for (const f of report.findings) counts[f.severity]++;
  const checked = 'report' in result ? result : null;
  return {
    ...pendingRow(item),
    status: 'done',
    agency: report.agency,
    year: report.year,
    verdict: verdictOf(report),
    counts,
    report,
    hash: hash ?? (checked ? reportHash(report, checked.extraction.lines) : null),
    findingKeys: checked ? checked.findings.map(findingKey) : [],
  };
}

/** A row that could not be checked (HTTP error, network, a file the page cannot read). */
export function failedRow(item: BatchItem, error: BilingualText, verdict: Verdict | null = null): BatchRow {
  return { ...pendingRow(item), status: 'failed', verdict, error };
}

/** A row fetched but not readable by this version (a PDF/DOCX before the attachment reader, an image). */
export function unreadableRow(item: BatchItem, error: BilingualText): BatchRow {
  return { ...pendingRow(item), status: 'done', verdict: 'unreadable', error };
}
