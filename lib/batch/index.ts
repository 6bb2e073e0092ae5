/**
 * #lib/batch, the batch stage’s face: many reports checked at once, and agencies compared by their rates.
 * First what lib/batch/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other parts whole.
 * The stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds what a new
 * outside import needs.
 */
export { batchCrossYear } from './batch-cross-year';
export { batchPublication } from './batch-publication';
export { batchRollUp } from './batch-roll-up';
export { type BatchItem, type BatchRow, BatchRowSchema, failedRow, pendingRow, rowFromResult, type RowStatus, unreadableRow } from './batch-row';
export { checkFetched } from './check-fetched';
export { listLinks, parsePastedLinks, type ReportLink } from './list-links';
export { nextPageUrl } from './next-page';
export { type BatchControl, MIN_INTERVAL_MS, runBatch } from './run-batch';
export * from '../benchmark';
