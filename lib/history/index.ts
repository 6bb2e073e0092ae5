/**
 * #lib/history, the history stage’s face: checked reports kept, compared year on year and across publications.
 * First what lib/history/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other parts
 * whole. The stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds what a
 * new outside import needs.
 */
export { agencyKey } from './agency-key';
export { buildRecord, type RecordInput, recordInputFromCheck } from './build-record';
export { compareCheckedAt } from './compare-checked-at';
export { filterRecords, type RecordFilter } from './filter-records';
export { findPrevious } from './find-previous';
export { exportHistory, type ImportProblem, importHistory, type RejectedRecord } from './history-json';
export { rejectionText } from './rejection-text';
export { historyNotices } from './history-notices';
export { KEY_FIGURES, keyFigures } from './key-figures';
export { migrateRecord } from './migrate-record';
export { publicationChange, publicationConflicts } from './publication-changes';
export { publicationChangedFinding, publicationConflictFinding } from './publication-findings';
export { DEFAULT_HISTORY_LIMIT, idsOverLimit, MAX_RECORD_BYTES, recordBytes, recordSize, type RecordSize } from './size-limit';
export { storageError, type StorageError, StorageErrorSchema, storageErrorText } from './storage-error';
export { changedCells, type TwoYearCell, twoYearTables } from './two-year-tables';
export { yearOnYear } from './year-on-year';
export { reviewKeysToPrune, type StoredReviews } from './prune-reviews';
