import type { BatchRow } from '../batch/batch-row';
import { canonicalReport } from '../report/canonical-report';
import { rowVerdict, type ReviewLookup } from './batch-csv';
import { localIso, localOffset } from '../text/local-stamp';

/**
 * The batch as JSON: `reports` holds, per row, where it came from, how the check went, and the
 * canonical report of output.md (null when the row was not checked), its findings carrying the
 * auditor's decision (`review`) where one was made. Versioned on its own, because the envelope may
 * grow while each report keeps output.md's schemaVersion. `exportedAt` is written in local time with
 * its offset (minutes east of UTC, the machine's zone unless given).
 */
export function batchJson(rows: readonly BatchRow[], exportedAt: Date, review?: ReviewLookup, offset = localOffset(exportedAt)): string {
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
        error: r.error,
        hash: r.hash,
        report: withReview(r),
      })),
    },
    null,
    2,
  );
}
