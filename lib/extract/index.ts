/** lib/extract: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { readDocxHtml } from './docx/read-docx-html';
export { loadPdfPages, MAX_PDF_PAGES, type PdfDocumentLike, type PdfOps } from './pdf/load-pdf-pages';
export * from './pdf/open-pdf';
export type { PdfBox, PdfPageContent } from './pdf/pdf-content';
export { hasText } from './pdf/read-pdf';
