import type { BatchRow } from '../batch/batch-row';

/**
 * The batch as JSON: `reports` holds, per row, where it came from, how the check went, and the
 * canonical report of output.md (null when the row was not checked). Versioned on its own, because
 * the envelope may grow while each report keeps output.md's schemaVersion.
 */
export function batchJson(rows: readonly BatchRow[], exportedAt: Date): string {
  return JSON.stringify(
    {
      schemaVersion: 1,
      exportedAt: exportedAt.toISOString(),
      reports: rows.map((r) => ({ url: r.url, linkText: r.linkText, status: r.status, verdict: r.verdict, error: r.error, report: r.report })),
    },
    null,
    2,
  );
}
