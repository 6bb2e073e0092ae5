import type { CheckResult } from '../pipeline';
import { reportHash } from '../text/content-hash';
import type { CanonicalReport } from '../model/public-report';
import { canonicalReport } from '../report/canonical-report';
import { severityCounts } from '../report/severity-counts';
import { HISTORY_SCHEMA_VERSION, type HistoryRecord } from '../model/history-record';
import { verdictOf } from './verdict-of';

export interface RecordInput {
  url: string;
  /** the canonical report of output.md, as the history keeps it */
  report: CanonicalReport;
  narrative: string[];
  /** sha256Hex(contentText(extraction)) for a page, sha256Hex(bytes) for an attachment */
  hash: string;
  /** ISO date-time of the check */
  checkedAt: string;
}

/** A history record from what a check produced (the caller validates it with HistoryRecordSchema when it crosses a context). */
export function buildRecord({ url, report, narrative, hash, checkedAt }: RecordInput): HistoryRecord {
  return {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    id: `${url}#${hash}`,
    url,
    hash,
    checkedAt,
    agency: report.agency,
    year: report.year,
    title: report.title,
    format: report.format,
    verdict: verdictOf(report),
    counts: severityCounts(report.findings),
    report,
    narrative,
  };
}

/**
 * The input of a record for a page check (what the content script sends to the background as
 * `record-report`): the hash is that of the report's content text, so revisiting an unchanged page
 * updates one record instead of adding another.
 */
export function recordInputFromCheck(result: CheckResult, url: string, checkedAt: string): RecordInput {
  return {
    url,
    report: canonicalReport(result.report),
    narrative: result.extraction.lines,
    hash: reportHash(result.report, result.extraction.lines),
    checkedAt,
  };
}

/**
 * The `record-report` message the content script sends to the background after a check (RecordReportRequest
 * in lib/messages.ts, which checks it on receipt; named by its shape here, since messages sit above history).
 */
export function recordReportMessage(result: CheckResult, url: string, checkedAt: string): RecordInput & { type: 'record-report' } {
  return { type: 'record-report', ...recordInputFromCheck(result, url, checkedAt) };
}
