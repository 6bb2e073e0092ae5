/**
 * #lib/model, the model stage’s face: the shared vocabulary: cell keys and labels, types and schemas, numbers
 * and text. First what lib/model/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other
 * parts whole. The stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds
 * what a new outside import needs.
 */
export { cellLabel } from './cell-label';
export { cellPath, parseCellPath, tableOfPath } from './cell-ref';
export type { Finding, Severity } from './finding';
export { type HistoryRecord, HistoryRecordSchema } from './history-record';
export { REQUEST_COLUMNS, type RequestColumn, type RequestRow, REVIEW_COLUMNS, type ReviewColumn, type ReviewGroup } from './keys';
export { requestColumnLabel, requestRowLabel, reviewColumnLabel, reviewGroupLabel } from './labels';
export { type Bilingual, BilingualSchema, type Lang, langOf } from './lang';
export { type CanonicalReport, type PublicReport, PublicReportSchema } from './public-report';
export type { CellTable, OcrMark, ReportTables } from './types';
export { type ReportVerdict, type Verdict, VERDICTS } from './verdict';
export { unreadCells } from './read-state';
export * from '../text';
