import type { Bilingual } from '../model/lang';
import { verdictOf } from '../history/verdict-of';
import type { CheckResult } from '../pipeline';
import { reportHash } from '../report/content-hash';
import type { PublicReport } from '../model/public-report';
import type { BatchVerdict } from '../model/verdict';
import { severityCounts, type SeverityCounts } from '../report/severity-counts';
import { findingKey } from '../review/review';

export const ROW_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One report of a batch: where it is, how far it got, and what the check found. */
export interface BatchRow {
  url: string;
  linkText: string;
  status: RowStatus;
  agency: string | null;
  year: number | null;
  /** an unreadable row may also be a file this version cannot read */
  verdict: BatchVerdict | null;
  counts: SeverityCounts;
  error: Bilingual | null;
  /** the canonical report (output.md) once checked */
  report: PublicReport | null;
  /** the report version (page text or attachment bytes), which the auditor's decisions are kept under */
  hash: string | null;
  /** findingKey of each of report.findings, in order (the decisions are looked up by them) */
  findingKeys: string[];
  /** why the checked report could not be added to the local history (the row itself is complete) */
  historyError?: Bilingual;
}

export interface BatchItem {
  url: string;
  linkText: string;
}

/** A row before its check. */
export function pendingRow(item: BatchItem): BatchRow {
  return {
    url: item.url,
    linkText: item.linkText,
    status: 'pending',
    agency: null,
    year: null,
    verdict: null,
    counts: { error: 0, warning: 0, info: 0 },
    error: null,
    report: null,
    hash: null,
    findingKeys: [],
  };
}

/** The verdict of a checked page: not a report, else the report's verdict as the history keeps it. */
export function batchVerdictOf(report: PublicReport): BatchVerdict {
  return report.detected ? verdictOf(report) : 'not-a-report';
}

/**
 * A finished row from a check's result (lib/pipeline.ts). `hash` is the attachment's byte hash; a
 * page's is its report text hash (reportHash), as the popup keys the decisions on it.
 */
export function rowFromResult(item: BatchItem, result: CheckResult | PublicReport, hash?: string): BatchRow {
  const report = 'report' in result ? result.report : result;
  // a page that is not a report has no findings worth counting (rules do not run on it)
  const counts = severityCounts(report.detected ? report.findings : []);
  const checked = 'report' in result ? result : null;
  return {
    ...pendingRow(item),
    status: 'done',
    agency: report.agency,
    year: report.year,
    verdict: batchVerdictOf(report),
    counts,
    report,
    hash: hash ?? (checked ? reportHash(report, checked.extraction.lines) : null),
    findingKeys: report.findings.map(findingKey),
  };
}

/** A row that could not be checked (HTTP error, network, a file the page cannot read). */
export function failedRow(item: BatchItem, error: Bilingual, verdict: BatchVerdict | null = null): BatchRow {
  return { ...pendingRow(item), status: 'failed', verdict, error };
}

/** A row fetched but not readable by this version (a PDF/DOCX before the attachment reader, an image). */
export function unreadableRow(item: BatchItem, error: Bilingual): BatchRow {
  return { ...pendingRow(item), status: 'done', verdict: 'unreadable', error };
}
