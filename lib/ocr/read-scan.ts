import type { PdfPageContent } from '../extract/pdf/pdf-content';
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

const boxKey = (page: number, x: number, y: number) => `${page}:${x.toFixed(1)}:${y.toFixed(1)}`;

/**
 * Reads a scanned report page by page (each page fetched only when its turn comes, so a long scan
 * never sits whole in memory): the tables' cells from the ruling lines, each recognised alone, then
 * the PDF reader's own table joining and label mapping. The narrative is not recognised: an
 * `input-capped` problem says so, so the rules about what the narrative omits abstain.
 * `onPage(n, of)` is told before each page; `signal` cancels between pages.
 */
export async function readScan(
  rec: Recognizer,
  pageCount: number,
  getPage: (n: number) => Promise<ScanPage>,
  options: { onPage?: (n: number, of: number) => void; signal?: AbortSignal } = {},
): Promise<ScanReading> {
  const contents: PdfPageContent[] = [];
  const byBox = new Map<string, OcrCell>();
  const pages: ScanReading['pages'] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (options.signal?.aborted) throw new ScanCancelled('cancelled');
    options.onPage?.(n, pageCount);
    const result = await readScanPage(rec, await getPage(n));
    contents.push(result.content);
    for (const c of result.cells) byBox.set(boxKey(c.box.page, c.box.x, c.box.y), c);
    pages.push({ page: n, skew: result.skew, cells: result.cells.length });
  }
  const read = readPdf(contents);
  const cells = new Map<RawCell, OcrCell>();
  for (const t of read.tables)
    for (const row of t.rows)
      for (const cell of row) {
        const box = (cell.source as { page: number; x: number; y: number }[] | undefined)?.[0];
        const ocr = box && byBox.get(boxKey(box.page, box.x, box.y));
        if (!ocr) continue;
        cells.set(cell, ocr);
        cell.ocr = {
          confidence: ocr.confidence,
          alternatives: ocr.alternatives,
          read: ocr.text,
          status: 'unproven',
          page: ocr.box.page,
          box: { x: ocr.box.x, y: ocr.box.y, w: ocr.box.w, h: ocr.box.h },
        };
      }
  const notRead: ExtractionProblem = {
    kind: 'input-capped',
    table: 'requests',
    narrative: true,
    detail: { code: 'ocr-no-narrative' },
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
