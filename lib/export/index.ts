/** lib/export: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */

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
export { reportMatrix, TABLE_TITLES, TABLE_TITLES_EN, tableCellPaths, type TableKey, tableMatrix, tableTitle, wideRow } from './table-matrix';
export { LINK_VALUES } from './xlsx-link-values';
