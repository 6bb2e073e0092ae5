/** lib/model: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

export { cellLabel } from './cell-label';
export { cellPath, parseCellPath, tableOfPath } from './cell-ref';
export type { Finding, Severity } from './finding';
export type { HistoryRecord } from './history-record';
export { REQUEST_COLUMNS, type RequestColumn, type RequestRow, REVIEW_COLUMNS, type ReviewColumn, type ReviewGroup } from './keys';
export { requestColumnLabel, requestRowLabel, reviewColumnLabel, reviewGroupLabel } from './labels';
export { type Bilingual, BilingualSchema, type Lang, langOf } from './lang';
export { type CanonicalReport, type PublicReport, PublicReportSchema } from './public-report';
export type { CellTable, OcrMark, ReportTables } from './types';
export { type ReportVerdict, type Verdict, VERDICTS } from './verdict';
