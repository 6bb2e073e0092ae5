import * as z from 'zod/mini';
import { type Refusal, RefusalSchema } from '../attach/unreadable';
import { StorageErrorSchema } from '../history/storage-error';
import { verdictOf } from '../history/verdict-of';
import type { CheckResult } from '../pipeline';
import { reportHash } from '../text/content-hash';
import { type PublicReport, PublicReportSchema } from '../model/public-report';
import { type BatchVerdict, BatchVerdictSchema } from '../model/verdict';
import { severityCounts } from '../report/severity-counts';
import { findingKey } from '../report/finding-key';

export const ROW_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export const RowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof RowStatusSchema>;

/** One report of a batch: where it is, how far it got, and what the check found. */
export const BatchRowSchema = z.object({
  url: z.string(),
  linkText: z.string(),
  status: RowStatusSchema,
  agency: z.nullable(z.string()),
  year: z.nullable(z.number()),
  /** an unreadable row may also be a file this version cannot read */
  verdict: z.nullable(BatchVerdictSchema),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  /** why the row could not be read or checked, as a code (rendered by refusalMessage at the edge) */
  error: z.nullable(RefusalSchema),
  /** the report as checked (output.md's, its findings as values) */
  report: z.nullable(PublicReportSchema),
  /** the report version (page text or attachment bytes), which the auditor's decisions are kept under */
  hash: z.nullable(z.string()),
  /** findingKey of each of report.findings, in order (the decisions are looked up by them) */
  findingKeys: z.array(z.string()),
  /** why the checked report could not be added to the local history, as a code (the row itself is complete) */
  historyError: z.optional(StorageErrorSchema),
  /** a scanned (image-only) PDF: unreadable as text, its tables can be read by OCR on the user's request */
  scanned: z.optional(z.boolean()),
});
export type BatchRow = z.infer<typeof BatchRowSchema>;

/** A link of a batch: where it points and the text it was found under. */
export const BatchItemSchema = z.object({ url: z.string(), linkText: z.string() });
export type BatchItem = z.infer<typeof BatchItemSchema>;

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
export function failedRow(item: BatchItem, error: Refusal, verdict: BatchVerdict | null = null): BatchRow {
  return { ...pendingRow(item), status: 'failed', verdict, error };
}

/** A row fetched but not readable by this version (a PDF/DOCX before the attachment reader, an image); `scanned` for a scanned PDF. */
export function unreadableRow(item: BatchItem, error: Refusal, scanned = false): BatchRow {
  return { ...pendingRow(item), status: 'done', verdict: 'unreadable', error, ...(scanned ? { scanned } : {}) };
}
