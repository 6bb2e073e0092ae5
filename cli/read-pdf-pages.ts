import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJsLike, PdfPageContent } from '#lib/read';

/** pdfjs-dist's own character maps and standard fonts: Chinese PDFs name CJK CMaps (UniGB-UCS2-H…) that pdf.js must load to give text. */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

/**
 * The pages of a PDF as plain data (text runs with positions, ruling lines) for lib/'s PDF reader.
 * pdf.js is imported here, on the first PDF, so `--help` and HTML/text checks never load it. Throws
 * on a damaged or encrypted PDF (the caller reports it as unreadable).
 */
export async function readPdfPages(data: Uint8Array): Promise<PdfPageContent[]> {
  const [pdfjs, { readPdfBytes }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('#lib/read')]);
  return readPdfBytes(pdfjs as unknown as PdfJsLike, data, pdfjsData());
}
