/** lib/extract, part of the read stage: what the outside uses, re-exported whole by #lib/read (npm run rewrite-imports adds to it). */
export { readDocxHtml } from './docx/read-docx-html';
export { loadPdfPages, MAX_PDF_PAGES, type PdfDocumentLike, type PdfOps } from './pdf/load-pdf-pages';
export * from './pdf/open-pdf';
export type { PdfBox, PdfPageContent } from './pdf/pdf-content';
export { hasText } from './pdf/read-pdf';
export { narrativeLines } from './html/narrative-lines';
