import { MAX_PDF_PAGES, type PdfBox, type PdfDocumentLike } from '#lib/read';
import type { CellTable } from '#lib/model';
import type { CheckResult } from '#lib/check';

/** What the viewer needs of a pdf.js page beyond the reader's PdfPageLike. */
interface RenderablePage {
  // pdf.js types the rectangle as any[]; it takes and gives [xMin, yMin, xMax, yMax]
  getViewport(o: { scale: number }): {
    width: number;
    height: number;
    convertToViewportRectangle(r: [number, number, number, number]): [number, number, number, number];
  };
  render(o: { canvasContext: CanvasRenderingContext2D; viewport: unknown; canvas?: HTMLCanvasElement }): { promise: Promise<void> };
}

export interface RenderedPage {
  el: HTMLElement;
  toCss(box: PdfBox): { left: number; top: number; width: number; height: number };
  /** draws the page if it is not drawn yet (the evidence cut needs its pixels) */
  ensure(): Promise<void>;
}

/**
 * Lays out every page as an empty frame of its size, and draws a page only when it comes near the
 * screen: a 300-page compilation would otherwise hold 300 bitmaps. Frames keep their size, so boxes
 * can be placed on pages not yet drawn.
 */
export async function layoutPages(doc: PdfDocumentLike, into: HTMLElement, label: (n: number) => string, scale = 1.4): Promise<Map<number, RenderedPage>> {
  const out = new Map<number, RenderedPage>();
  const ratio = globalThis.devicePixelRatio || 1;
  const byFrame = new Map<Element, RenderedPage>();
  // the pages that were read, no more (a 5000-page file is not laid out either)
  for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
    const page = (await doc.getPage(n)) as unknown as RenderablePage;
    const viewport = page.getViewport({ scale });
    const frame = document.createElement('div');
    frame.className = 'pdf-page';
    frame.dataset.page = String(n);
    frame.style.width = `${viewport.width}px`;
    frame.style.height = `${viewport.height}px`;
    const no = document.createElement('span');
    no.className = 'page-no';
    no.textContent = label(n);
    frame.append(no);
    into.append(frame);
    let drawn: Promise<void> | null = null;
    const ensure = () =>
      (drawn ??= (async () => {
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.width = `${viewport.width}px`;
        canvas.style.height = `${viewport.height}px`;
        frame.prepend(canvas);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d canvas context to draw the page on');
        ctx.scale(ratio, ratio);
        await page.render({ canvasContext: ctx, viewport, canvas }).promise;
        frame.dataset.drawn = 'true';
      })());
    const rendered: RenderedPage = {
      el: frame,
      ensure,
      toCss: (b) => {
        const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([b.x, b.y, b.x + b.w, b.y + b.h]);
        return { left: Math.min(x1, x2), top: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
      },
    };
    out.set(n, rendered);
    byFrame.set(frame, rendered);
  }
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) void byFrame.get(e.target)?.ensure();
    },
    { rootMargin: '1200px 0px' },
  );
  for (const frame of byFrame.keys()) seen.observe(frame);
  return out;
}

/**
 * Gives every table cell of a PDF an element: an invisible box laid over its printed place, which the
 * page overlay (lib/page/overlay.ts) outlines exactly as it outlines a web page's <td>. Returns the
 * page of each such element, so the viewer can say where a finding is.
 */
export function attachCellProxies(result: CheckResult, pages: Map<number, RenderedPage>): WeakMap<Element, number> {
  const pageOf = new WeakMap<Element, number>();
  const tables: CellTable[] = [
    result.extraction.tables.active,
    result.extraction.tables.requests,
    result.extraction.tables.review,
    result.extraction.requestSubtotals,
  ].filter((t): t is CellTable => t !== null);
  for (const table of tables)
    for (const row of Object.values(table))
      for (const cell of Object.values(row)) {
        const box = (cell.source as PdfBox[] | undefined)?.[0];
        const page = box && pages.get(box.page);
        if (!box || !page) continue;
        const css = page.toCss(box);
        const proxy = document.createElement('div');
        proxy.className = 'cell-proxy';
        // the proxy has no text: the evidence drawing reads here whether the cell prints a figure
        proxy.dataset.figure = cell.value === null ? '0' : '1';
        proxy.setAttribute('style', `left:${css.left}px;top:${css.top}px;width:${css.width}px;height:${css.height}px`);
        page.el.append(proxy);
        cell.source = proxy;
        pageOf.set(proxy, box.page);
      }
  return pageOf;
}
