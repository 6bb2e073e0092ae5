/**
 * #lib/export, the export stage’s face: what leaves the extension: CSV, XLSX, JSON, HTML evidence. First what
 * lib/export/ gives the outside (shells, CLI, scripts/, bench/), then the stage’s other parts whole. The
 * stages and their order: STAGES in scripts/import-graph.ts; npm run rewrite-imports adds what a new outside
 * import needs.
 */
export { batchFindingsCsv, batchGridCsv, gridCounts, type ReviewLookup, rowKind, rowVerdict, VERDICT_WORDS, verdictText } from './batch-csv';
export { batchJson } from './batch-json';
export { batchRectificationRows } from './batch-rectification';
export { batchXlsxSheets, type XlsxImage, type XlsxSheet } from './batch-xlsx';
export { benchmarkHtml } from './benchmark-html';
export { benchmarkXlsxSheets } from './benchmark-xlsx';
export { toCsv, toHtmlTable, toMarkdown, toTsv } from './delimited';
export { type BatchExport, batchFileName, historyFileName } from './export-names';
export { rectificationMatrix, rectificationSheet } from './rectification-export';
export { reviewLookup } from './review-lookup';
export { LINK_VALUES } from './xlsx-link-values';
export * from '../evidence';
