import type { PdfPageContent, PdfSegment, PdfTextItem } from './pdf-content';
import { pathSegments, type Matrix } from './path-segments';

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
/** pdf.js's OPS table (the numbers of the operators this reader follows). */
export type PdfOps = Readonly<Record<'save' | 'restore' | 'transform' | 'constructPath' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke' | 'closeFillStroke' | 'closeEOFillStroke' | 'endPath', number>>;

const ALL_PAINTS: ReadonlySet<'stroke' | 'fill' | 'clip'> = new Set(['stroke', 'fill', 'clip']);
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's `cm` prepends to the current matrix)
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

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
 * The ruling lines of a page from its operator list: stroked lines, thin filled rectangles (many
 * producers draw borders as fills) and cell clipping rectangles (WPS wraps each cell in one), all
 * mapped through the current transformation matrix into page space.
 */
export function rulingSegments(
  ops: PdfOps,
  list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  page: { width: number; height: number },
  use: ReadonlySet<'stroke' | 'fill' | 'clip'> = ALL_PAINTS,
): PdfSegment[] {
  // a clipping rectangle as big as the page is the page, not a cell
  const large = (w: number, h: number) => w > page.width * 0.8 && h > page.height * 0.5;
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  const out: PdfSegment[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<unknown>)?.[0] as ArrayLike<number> | undefined;
      if (!data) continue;
      const stroked = paint === ops.stroke || paint === ops.closeStroke || paint === ops.fillStroke || paint === ops.eoFillStroke || paint === ops.closeFillStroke || paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill;
      const clip = paint === ops.endPath;
      const kind = stroked ? 'stroke' : filled ? 'fill' : clip ? 'clip' : null;
      if (kind && use.has(kind)) out.push(...pathSegments(data, ctm, kind, large));
    }
  }
  return out;
}

/**
 * An annual report runs to a few dozen pages; a PDF of thousands (a whole yearbook) is not read past
 * this, so a hostile or mistaken file cannot hold the page for minutes.
 */
export const MAX_PDF_PAGES = 300;

/** Reads the pages (at most MAX_PDF_PAGES): text runs with positions, and ruling lines. `onPage` is told as each page is read. */
export async function loadPdfPages(doc: PdfDocumentLike, ops: PdfOps, onPage?: (n: number, of: number) => void): Promise<PdfPageContent[]> {
  const pages: PdfPageContent[] = [];
  const last = Math.min(doc.numPages, MAX_PDF_PAGES);
  for (let n = 1; n <= last; n++) {
    onPage?.(n, last);
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const [text, list] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
    pages.push({ page: n, width, height, items: textItems(text.items), segments: rulingSegments(ops, list, { width, height }) });
    page.cleanup?.();
  }
  return pages;
}

/** The pdf.js module as imported (`pdfjs-dist` in a page, `pdfjs-dist/legacy/build/pdf.mjs` in node). */
export interface PdfJsLike {
  OPS: object;
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported: boolean;
    cMapUrl?: string;
    cMapPacked?: boolean;
    standardFontDataUrl?: string;
    verbosity?: number;
  }): { promise: Promise<PdfDocumentLike & { destroy(): Promise<void> }> };
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
