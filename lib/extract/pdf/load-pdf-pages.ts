import type { PdfPageContent, PdfTextItem } from './pdf-content';
import { rulingSegments, type PdfOps } from './ruling-segments';

/**
 * The parts of a pdf.js document this reader uses. pdf.js is passed in, never imported here: node
 * loads `pdfjs-dist/legacy/build/pdf.mjs`, an extension page the browser build with its worker, and
 * lib/ stays free of either.
 */
export interface PdfPageLike {
  getViewport(opts: { scale: number }): { width: number; height: number };
  getTextContent(): Promise<{ items: ReadonlyArray<object> }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>;
  cleanup?(): unknown;
}
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}
export type { PdfOps } from './ruling-segments';

function textItems(items: ReadonlyArray<object>): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const raw of items) {
    const it = raw as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    // pdf.js emits empty "" items between runs and marked-content items without `str`
    if (typeof it.str !== 'string' || it.str.trim() === '' || !Array.isArray(it.transform)) continue;
    const t = it.transform as number[];
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || Number(it.height) || 0;
    out.push({ str: it.str, x: t[4] ?? 0, y: t[5] ?? 0, w: Number(it.width) || 0, h: size });
  }
  return out;
}

/**
 * An annual report runs to a few dozen pages; a PDF of thousands (a whole yearbook) is not read past
 * this, so a hostile or mistaken file cannot hold the page for minutes.
 */
export const MAX_PDF_PAGES = 300;

/**
 * A report's table page draws a few thousand operators; a page of hundreds of thousands (a map, a
 * chart of tiny paths, a hostile file) is not scanned for ruling lines, its text is still read.
 */
export const MAX_PAGE_OPERATORS = 100_000;

/** A report reads in a few seconds; after a minute the pages left are not read, and that is said. */
export const MAX_PDF_READ_MS = 60_000;

export interface LoadLimits {
  /** the document's reading time budget */
  ms?: number;
  /** the clock (tests pass their own) */
  now?: () => number;
}

/**
 * Reads the pages (at most MAX_PDF_PAGES, within MAX_PDF_READ_MS): text runs with positions, and
 * ruling lines unless the page draws more than MAX_PAGE_OPERATORS. Each cut is marked on the pages
 * (documentPages, timeCapped, operatorsCapped) for readPdf to report. `onPage` is told as each page is read.
 */
export async function loadPdfPages(
  doc: PdfDocumentLike,
  ops: PdfOps,
  onPage?: (n: number, of: number) => void,
  limits: LoadLimits = {},
): Promise<PdfPageContent[]> {
  const { ms = MAX_PDF_READ_MS, now = Date.now } = limits;
  const started = now();
  const pages: PdfPageContent[] = [];
  const last = Math.min(doc.numPages, MAX_PDF_PAGES);
  for (let n = 1; n <= last; n++) {
    onPage?.(n, last);
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const [text, list] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    const operators = list.fnArray.length;
    const tooMany = operators > MAX_PAGE_OPERATORS;
    pages.push({
      page: n,
      width,
      height,
      items: textItems(text.items),
      segments: tooMany ? [] : rulingSegments(ops, list, { width, height }),
      documentPages: doc.numPages,
      ...(tooMany ? { operatorsCapped: operators } : {}),
    });
    page.cleanup?.();
    if (n < doc.numPages && now() - started > ms) {
      // the page just read
      const last = pages.at(-1);
      if (last) last.timeCapped = true;
      break;
    }
  }
  return pages;
}
