import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfBytes, type PdfJsLike } from '../../lib/extract/pdf/open-pdf';
import type { PdfPageContent } from '../../lib/extract/pdf/pdf-content';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const PDF_DIR = path.join(ROOT, 'tests/fixtures/pdf');
/** pdf.js's character maps, for PDFs whose CJK fonts use predefined CMaps. */
export const CMAP_DIR = path.join(ROOT, 'node_modules/pdfjs-dist/cmaps/');

export function pdfBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(PDF_DIR, name)));
}

/** A corpus PDF read the way the CLI reads it (pdf.js legacy build in node). */
export async function loadPdfFixture(name: string): Promise<PdfPageContent[]> {
  return readPdfBytes(pdfjs as unknown as PdfJsLike, pdfBytes(name), { cMapUrl: CMAP_DIR });
}

/** Any PDF file read the way the CLI reads it. */
export async function loadPdfPath(file: string): Promise<PdfPageContent[]> {
  return readPdfBytes(pdfjs as unknown as PdfJsLike, new Uint8Array(readFileSync(file)), { cMapUrl: CMAP_DIR });
}
