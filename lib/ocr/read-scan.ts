import type { PdfBox, PdfPageContent } from '../extract/pdf/pdf-content';
import { readPdf } from '../extract/pdf/read-pdf';
import type { RawCell, SourceDoc } from '../extract/raw-table';
import type { ExtractionProblem } from '../model/types';
import type { Recognizer } from './recognizer';
import { readScanPage, UNREAD_LINE, type OcrCell, type ScanPage } from './scan-page';

/** A scanned report read: the SourceDoc the mapper takes, and each table cell's reading. */
export interface ScanReading {
  doc: SourceDoc;
  /** the OCR reading behind each raw cell of doc.tables */
  cells: Map<RawCell, OcrCell>;
  /** per page read: its number and the skew corrected (degrees) */
  pages: { page: number; skew: number; cells: number }[];
}

/** Thrown (as DOMException-like name) when the caller cancels the reading between pages. */
export class ScanCancelled extends Error {
  override name = 'ScanCancelled';
}

/** Lines read whole at the top of the first page: a title runs to three lines at most, a letterhead above it. */
const TITLE_LINES = 4;

const boxKey = (page: number, x: number, y: number) => `${page}:${x.toFixed(1)}:${y.toFixed(1)}`;

/** The x of a page's vertical ruling lines, sorted, those closer than a point merged. */
function columnLines(content: PdfPageContent): number[] {
  const xs = content.segments.filter((s) => Math.abs(s.x1 - s.x2) < 0.5).map((s) => (s.x1 + s.x2) / 2);
  const out: number[] = [];
  for (const x of xs.sort((a, b) => a - b)) {
    const prev = out.at(-1);
    if (prev === undefined || x - prev > 1) out.push(x);
  }
  return out;
}

/** How far a scan may sit sideways from the page before it (points): a sheet fed a little off. */
const MAX_SHIFT = 8;

/**
 * The sideways shift that puts a page's column lines on the previous page's: a scanner feeds each sheet
 * a little off (3 pt between two pages of one table was measured at 150 dpi), while the PDF reader joins
 * a table's parts over a page break only when their lines agree within SNAP. The shift is taken only
 * when most lines then agree within a point; 0 otherwise.
 */
export function pageShift(prev: readonly number[], next: readonly number[]): number {
  let best = { d: 0, n: 0 };
  for (const p of prev)
    for (const q of next) {
      const d = p - q;
      if (Math.abs(d) > MAX_SHIFT) continue;
      const n = next.filter((x) => prev.some((y) => Math.abs(x + d - y) <= 1)).length;
      if (n > best.n || (n === best.n && Math.abs(d) < Math.abs(best.d))) best = { d, n };
    }
  if (best.n < Math.max(3, 0.6 * Math.min(prev.length, next.length))) return 0;
  // the mean offset of the lines that agree, rather than the one pair it was found by
  const diffs = next.flatMap((x) => prev.filter((y) => Math.abs(x + best.d - y) <= 1).map((y) => y - x));
  return diffs.reduce((a, b) => a + b, 0) / diffs.length;
}

/** A page's content and cell boxes moved sideways by dx points. */
function shifted(result: { content: PdfPageContent; cells: OcrCell[] }, dx: number): { content: PdfPageContent; cells: OcrCell[] } {
  if (dx === 0) return result;
  return {
    content: {
      ...result.content,
      items: result.content.items.map((i) => ({ ...i, x: i.x + dx })),
      segments: result.content.segments.map((s) => ({ ...s, x1: s.x1 + dx, x2: s.x2 + dx })),
    },
    cells: result.cells.map((c) => ({ ...c, box: { ...c.box, x: c.box.x + dx } })),
  };
}

/**
 * Reads a scanned report page by page (each page fetched only when its turn comes, so a long scan
 * never sits whole in memory): the tables' cells from the ruling lines, each recognised alone, then
 * the PDF reader's own table joining and label mapping, and the first page's title. The narrative is not recognised: an
 * `input-capped` problem says so, so the rules about what the narrative omits abstain. `pictures`: the
 * pages are a web page's pictures of its tables (识别表格图片), whose narrative is the page's own text and
 * not in them; the problem says that instead of a scan's text not read.
 * `onPage(n, of)` is told before each page; `signal` cancels between pages.
 */
export async function readScan(
  rec: Recognizer,
  pageCount: number,
  getPage: (n: number) => Promise<ScanPage>,
  options: { onPage?: (n: number, of: number) => void; signal?: AbortSignal; pictures?: boolean } = {},
): Promise<ScanReading> {
  const contents: PdfPageContent[] = [];
  const byBox = new Map<string, OcrCell>();
  const pages: ScanReading['pages'] = [];
  // each page moved sideways onto the one before (pageShift), for the reader to join a table's parts;
  // the boxes are put back where they are printed once the cells are found
  const shiftOf = new Map<number, number>();
  let prevLines: number[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (options.signal?.aborted) throw new ScanCancelled('cancelled');
    options.onPage?.(n, pageCount);
    // the first page's first lines are read too: the title gives the agency and the year, as a PDF's text does
    const read = await readScanPage(rec, await getPage(n), n === 1 ? { titleLines: TITLE_LINES } : {});
    const lines = columnLines(read.content);
    const dx = prevLines.length > 0 && lines.length > 0 ? pageShift(prevLines, lines) : 0;
    if (lines.length > 0) prevLines = lines.map((x) => x + dx);
    shiftOf.set(n, dx);
    const result = shifted(read, dx);
    contents.push(result.content);
    for (const c of result.cells) byBox.set(boxKey(c.box.page, c.box.x, c.box.y), c);
    pages.push({ page: n, skew: read.skew, cells: read.cells.length });
  }
  const read = readPdf(contents);
  const cells = new Map<RawCell, OcrCell>();
  for (const t of read.tables)
    for (const row of t.rows)
      for (const cell of row) {
        const boxes = cell.source as PdfBox[] | undefined;
        const box = boxes?.[0];
        const ocr = box && byBox.get(boxKey(box.page, box.x, box.y));
        if (boxes) cell.source = boxes.map((b) => ({ ...b, x: b.x - (shiftOf.get(b.page) ?? 0) }));
        if (!ocr) continue;
        cells.set(cell, ocr);
        cell.ocr = {
          confidence: ocr.confidence,
          alternatives: ocr.alternatives,
          read: ocr.text,
          status: 'unproven',
          page: ocr.box.page,
          box: { x: ocr.box.x - (shiftOf.get(ocr.box.page) ?? 0), y: ocr.box.y, w: ocr.box.w, h: ocr.box.h },
        };
      }
  const notRead: ExtractionProblem = {
    kind: 'input-capped',
    table: 'requests',
    narrative: true,
    detail: { code: options.pictures ? 'ocr-pictures' : 'ocr-no-narrative' },
  };
  const title = read.title && !read.title.includes(UNREAD_LINE) ? read.title : null;
  const doc: SourceDoc = {
    ...read,
    title,
    lines: read.lines.map((l) => l.replaceAll(UNREAD_LINE, '').trim()).filter((l) => l !== ''),
    problems: [...(read.problems ?? []), notRead],
  };
  return { doc, cells, pages };
}
