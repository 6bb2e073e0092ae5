import { loadPdfPages, type PdfDocumentLike, type PdfOps } from './load-pdf-pages';
import type { PdfPageContent } from './pdf-content';

/** The pdf.js module as imported (`pdfjs-dist` in a page, `pdfjs-dist/legacy/build/pdf.mjs` in node). */
export interface PdfJsLike {
  OPS: object;
  getDocument(src: { data: Uint8Array; isEvalSupported: boolean; cMapUrl?: string; cMapPacked?: boolean; standardFontDataUrl?: string; verbosity?: number }): {
    promise: Promise<PdfDocumentLike & { destroy(): Promise<void> }>;
  };
}

/** Where pdf.js finds the CJK character maps (bcmap files) and the standard fonts. */
export interface PdfAssets {
  cMapUrl?: string;
  standardFontDataUrl?: string;
}

/**
 * Opens PDF bytes with pdf.js. The bytes are copied first: pdf.js hands its buffer to the worker,
 * which would leave the caller's array empty (the caller still hashes it). eval is off, as an MV3
 * extension page forbids it. Rejects with pdf.js's own errors (InvalidPDFException,
 * PasswordException) for the caller to word.
 */
export function openPdf(pdfjs: PdfJsLike, data: Uint8Array, assets: PdfAssets = {}): Promise<PdfDocumentLike & { destroy(): Promise<void> }> {
  return pdfjs.getDocument({
    // a plain Uint8Array copy: pdf.js refuses a node Buffer, and detaches what it is given
    data: new Uint8Array(data),
    isEvalSupported: false,
    // errors only: a font warning per page is noise in a terminal and in the console
    verbosity: 0,
    ...(assets.cMapUrl ? { cMapUrl: assets.cMapUrl, cMapPacked: true } : {}),
    ...(assets.standardFontDataUrl ? { standardFontDataUrl: assets.standardFontDataUrl } : {}),
  }).promise;
}

/** Opens PDF bytes, reads every page and closes the document. */
export async function readPdfBytes(pdfjs: PdfJsLike, data: Uint8Array, assets: PdfAssets = {}): Promise<PdfPageContent[]> {
  const doc = await openPdf(pdfjs, data, assets);
  try {
    return await loadPdfPages(doc, pdfjs.OPS as PdfOps);
  } finally {
    await doc.destroy();
  }
}
