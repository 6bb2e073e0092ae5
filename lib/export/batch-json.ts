import { refusalSentence } from '../attach/unreadable';
import type { BatchRow } from '../batch/batch-row';
import { canonicalReport } from '../report/canonical-report';
import { rowVerdict, type ReviewLookup } from './batch-csv';
import { localIso, localOffset } from '../text/local-stamp';
import type { RectificationRow } from '../review/rectification';

/**
 * The batch as JSON: `reports` holds, per row, where it came from, how the check went, and the
 * canonical report of output.md (null when the row was not checked), its findings carrying the
 * auditor's decision (`review`) where one was made. Versioned on its own, because the envelope may
 * grow while each report keeps output.md's schemaVersion. `exportedAt` is written in local time with
 * its offset (minutes east of UTC, the machine's zone unless given). `rectification`, when given, is the
 * 整改 list of the batch (lib/export/batch-rectification.ts): one entry per confirmed finding, with its
 * report's address, the finding's rule and message, and the 责任单位, deadline and status kept for it.
 */
export function batchJson(
  rows: readonly BatchRow[],
  exportedAt: Date,
  review?: ReviewLookup,
  offset = localOffset(exportedAt),
  rectification?: readonly RectificationRow[],
): string {
  const withReview = (r: BatchRow) => {
    if (!r.report) return null;
    const report = canonicalReport(r.report);
    if (!review) return report;
    // the verdict after the auditor's decisions, as the grid says it
    const findings = report.findings.map((f, i) => ({ ...f, ...(review(r, i) ? { review: review(r, i) } : {}) }));
    return { ...report, findings, verdict: rowVerdict(r, review) ?? report.verdict };
  };
  return JSON.stringify(
    {
      schemaVersion: 1,
      exportedAt: localIso(exportedAt, offset),
      reports: rows.map((r) => ({
        url: r.url,
        linkText: r.linkText,
        status: r.status,
        verdict: r.verdict,
        error: r.error ? refusalSentence(r.error) : null,
        errorCode: r.error?.reason ?? null,
        hash: r.hash,
        report: withReview(r),
      })),
      ...(rectification
        ? {
            rectification: rectification.map((x) => ({
              url: x.url,
              agency: x.agency,
              year: x.year,
              rule: x.rule,
              severity: x.severity,
              message: x.message,
              reviewNote: x.reviewNote,
              confirmedAt: x.confirmedAt,
              unit: x.entry.unit,
              deadline: x.entry.deadline,
              status: x.entry.status,
              note: x.entry.note,
            })),
          }
        : {}),
    },
    null,
    2,
  );
}
