/** lib/batch: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { batchCrossYear } from './batch-cross-year';
export { batchPublication } from './batch-publication';
export { batchRollUp } from './batch-roll-up';
export { type BatchItem, type BatchRow, BatchRowSchema, failedRow, pendingRow, rowFromResult, type RowStatus, unreadableRow } from './batch-row';
export { checkFetched } from './check-fetched';
export { listLinks, parsePastedLinks, type ReportLink } from './list-links';
export { nextPageUrl } from './next-page';
export { type BatchControl, MIN_INTERVAL_MS, runBatch } from './run-batch';
