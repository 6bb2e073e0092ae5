import { findPrevious } from '../history/find-previous';
import type { HistoryRecord } from '../model/history-record';
import type { Finding } from '../model/finding';
import { severityCounts } from '../report/severity-counts';
import { findingKey } from '../report/finding-key';
import { runCrossYear } from '../rules/cross-year/run-cross-year';
import { batchVerdictOf, type BatchRow } from './batch-row';

/** A row with more findings: its report, counts, verdict and decision keys follow. */
export function withFindings(row: BatchRow, found: readonly Finding[]): BatchRow {
  if (!row.report || found.length === 0) return row;
  const report = { ...row.report, findings: [...row.report.findings, ...found] };
  return {
    ...row,
    report,
    counts: severityCounts(report.findings),
    verdict: batchVerdictOf(report),
    findingKeys: report.findings.map(findingKey),
  };
}

/**
 * The cross-year checks (X-1…X-3) for every report of a finished batch, against last year's report of
 * the same agency in the history — which by then holds every report of the batch, so a list page that
 * shows 2024 above 2023 is compared as well as one in the other order. A report's own narrative comes
 * from its history record (same URL and hash).
 */
export function batchCrossYear(rows: readonly BatchRow[], history: readonly HistoryRecord[]): BatchRow[] {
  return rows.map((row) => {
    if (row.status !== 'done' || !row.report?.detected) return row;
    const previous = findPrevious(history, row.report);
    if (!previous) return row;
    const own = history.find((r) => r.url === row.url && r.hash === row.hash);
    return withFindings(row, runCrossYear({ report: row.report, narrative: own?.narrative ?? [] }, previous));
  });
}
