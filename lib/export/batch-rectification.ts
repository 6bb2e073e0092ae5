import type { BatchRow } from '../batch/batch-row';
import { canonicalFinding } from '../report/canonical-report';
import { type RectificationRow, type Rectifications, rectificationRows } from '../review/rectification';
import type { Reviews } from '../review/review';

/**
 * The 整改 list of a batch: one line per finding of its checked reports that the auditor confirmed (in
 * the popup, the viewer or on the history page, on the same report version: the row's hash), with the
 * 责任单位, deadline, status and note kept for it (lib/review/rectification.ts), pending until set. The
 * rows' own finding keys are used, so a finding found across reports (the X-4 roll-up) is listed too.
 * @example batchRectificationRows(rows, (r) => reviewsOf.get(r), await loadRectifications())
 */
export function batchRectificationRows(rows: readonly BatchRow[], reviews: (row: BatchRow) => Reviews | undefined, stored: Rectifications): RectificationRow[] {
  return rectificationRows(
    rows.flatMap((r) => {
      const kept = reviews(r);
      if (r.status !== 'done' || !r.report?.detected || !r.hash || !kept) return [];
      return [
        {
          url: r.url,
          hash: r.hash,
          agency: r.report.agency,
          year: r.report.year,
          title: r.report.title,
          findings: r.report.findings.map(canonicalFinding),
          findingKeys: r.findingKeys,
          reviews: kept,
        },
      ];
    }),
    stored,
  );
}
