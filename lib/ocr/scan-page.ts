import type { PdfBox, PdfPageContent, PdfSegment, PdfTextItem } from '../extract/pdf/pdf-content';
import { pageTables } from '../extract/pdf/page-tables';
import { rulingGrids } from '../extract/pdf/ruling-grid';
import { digitBeam, type Alternative, type DigitMatrix } from './ctc-decode';
import { straighten } from './deskew';
import { cropGray, type GrayImage } from './gray-image';
import { recognizeLines, type Recognizer } from './recognizer';
import { rulingLines } from './ruling-lines';
import { bandImage, textBands, type Band } from './text-bands';
import { trimBorders } from './trim-borders';
import { itemAt, soleItem } from '../model/item-at';

/** One page of a scan: its picture and the page's size in PDF points (what the viewer draws boxes in). */
export interface ScanPage {
  /** 1-based */
  page: number;
  widthPt: number;
  heightPt: number;
  image: GrayImage;
}

/** How one table cell of a scan was read. */
export interface OcrCell {
  /** where the cell is printed, in PDF space (origin bottom left), as the PDF reader's cells */
  box: PdfBox;
  /** the recogniser's reading, NFKC, lines joined */
  text: string;
  /** mean probability of the characters read (1 for an empty cell) */
  confidence: number;
  /** for a figure: the recogniser's readings as digits, best first, with their probabilities */
  alternatives: Alternative[];
  /** for a figure: the blank + digit probabilities, to weigh a reading the arithmetic proposes */
  digits?: DigitMatrix;
  /** the cell's picture (deskewed), to show beside the value read */
  image: GrayImage;
  /** ink was found in the cell but no printed line in it: not a blank, a figure not read */
  smudged?: boolean;
}

/** A scanned page reduced to what the PDF reader takes, with every table cell's reading. */
export interface ScanPageResult {
  content: PdfPageContent;
  cells: OcrCell[];
  /** the skew corrected, degrees */
  skew: number;
}

/** A private-use mark standing for a printed line outside the tables that was not recognised. */
export const UNREAD_LINE = '\ue000';

/** A figure as printed: digits, perhaps grouped by commas or spaces (NFKC already applied). */
const FIGURE = /^\d[\d,\s]*$/;
/**
 * What a faint or blurred figure is read as by the full character set: a 0 as 。, o, O, ○ or 〇; and a
 * figure with a stub at its side (a ruling line's or a seal's remains read as -, _, ., ', |).
 */
const FIGURE_LIKE = /^[-—_.,'|]*[\d。○〇oOD]+[-—_.,'|]*$/;

function toSegment(s: { x1: number; y1: number; x2: number; y2: number }, scale: number, heightPt: number): PdfSegment {
  return { x1: s.x1 / scale, x2: s.x2 / scale, y1: heightPt - s.y2 / scale, y2: heightPt - s.y1 / scale };
}

/**
 * The printed lines outside every table. Short ones (a page number, a heading's number) are
 * recognised, so the reader knows page furniture from text; long ones become placeholders that tell
 * the reader where text is (what ends a page, what stands between two tables) without reading it.
 */
function outsideLines(img: GrayImage, threshold: number, tables: { x: number; y: number; w: number; h: number }[]): { band: Band; image: GrayImage | null }[] {
  const masked: GrayImage = { width: img.width, height: img.height, data: new Uint8Array(img.data) };
  for (const t of tables)
    for (let y = Math.max(0, Math.floor(t.y)); y < Math.min(img.height, Math.ceil(t.y + t.h)); y++)
      masked.data.fill(255, y * img.width + Math.max(0, Math.floor(t.x)), y * img.width + Math.min(img.width, Math.ceil(t.x + t.w)));
  // at the page's own ink threshold (not the faint-print one), and as tall as small print at least:
  // a scanner's specks and the paper's grain are not lines of text
  const minHeight = img.width / 140;
  return textBands(masked, Math.round(threshold * 0.8), 40, 3, 4)
    .filter((band) => band.h >= minHeight)
    .map((band) => ({ band, image: band.w < img.width / 4 ? bandImage(masked, band) : null }));
}

/**
 * Reads one scanned page: finds its ink, straightens it (±2°), finds the ruling lines and from them
 * the tables' cells (with the PDF reader's own grid code, so merges are read the same way), and
 * recognises each cell alone. The result is a PdfPageContent with one text run per cell, placed in
 * its cell, for readPdf; text outside the tables is marked, not read, except its short lines and the
 * first `titleLines` lines above the first table (the first page's title).
 */
export async function readScanPage(rec: Recognizer, page: ScanPage, options: { titleLines?: number } = {}): Promise<ScanPageResult> {
  const { image, mask, threshold, skew } = straighten(page.image);
  const scale = image.width / page.widthPt;
  const dpi = scale * 72;
  // a grid shorter than a row of print is strokes of a heading's characters, not a table
  const segments = rulingGrids(rulingLines(mask, image.width, image.height, dpi).map((s) => toSegment(s, scale, page.heightPt)))
    .filter((g) => {
      const [top, bottom, left, right] = [g.ys[0], g.ys.at(-1), g.xs[0], g.xs.at(-1)];
      return top !== undefined && bottom !== undefined && left !== undefined && right !== undefined && top - bottom >= 18 && right - left >= 36;
    })
    .flatMap((g) => [...g.h, ...g.v]);
  const bare: PdfPageContent = { page: page.page, width: page.widthPt, height: page.heightPt, items: [], segments };
  const { tables } = pageTables(bare);
  const inset = Math.max(2, Math.round(dpi / 60));
  const faint = Math.round((threshold + 255) / 2);
  const cells: OcrCell[] = [];
  const lines: GrayImage[] = [];
  const owners: number[] = [];
  for (const t of tables)
    for (const c of t.cells) {
      // a cell of a ruled table has its box
      const [box] = c.boxes;
      if (!box) continue;
      const px = { x: box.x * scale, y: (page.heightPt - box.y - box.h) * scale, w: box.w * scale, h: box.h * scale };
      const crop = cropGray(image, px.x + inset, px.y + inset, px.w - 2 * inset, px.h - 2 * inset);
      // faint print (thin strokes at 150 dpi, a light toner) is lighter than the page's ink threshold;
      // the borders' remains are judged at the same lightness, or their grey edge joins every line
      trimBorders(crop, faint, inset * 2);
      const bands = textBands(crop, faint, 6, Math.max(3, Math.round(dpi / 50)));
      for (const band of bands) {
        lines.push(bandImage(crop, band));
        owners.push(cells.length);
      }
      let ink = 0;
      for (const v of crop.data) if (v < faint) ink++;
      // a cell is blank only when it holds no ink at all: a faint 0 that gave no line is not a blank
      const smudged = bands.length === 0 && ink >= 4;
      cells.push({ box, text: '', confidence: 1, alternatives: [], image: cropGray(image, px.x, px.y, px.w, px.h), ...(smudged ? { smudged } : {}) });
    }
  const readings = await recognizeLines(rec, lines);
  // a reading for each line, and each line has the index of the cell it was cut from
  const owned = cells.map((cell) => ({ cell, read: [] as typeof readings }));
  readings.forEach((r, i) => itemAt(owned, itemAt(owners, i, 'line owner'), 'line cell').read.push(r));
  for (const { cell, read } of owned) {
    cell.text = read
      .map((r) => r.text)
      .join('')
      .normalize('NFKC')
      .trim();
    cell.confidence = read.length === 0 ? 1 : Math.min(...read.map((r) => r.confidence));
    // a single line may be a figure the recogniser misread as something else (a stamp, a smudge):
    // its digit probabilities are kept for the arithmetic to weigh
    const one = soleItem(read);
    if (one) cell.digits = one.digits;
    if (cell.digits && FIGURE.test(cell.text)) cell.alternatives = digitBeam(cell.digits);
    else if (cell.digits && FIGURE_LIKE.test(cell.text)) {
      // read among the digits alone, the picture's best figure stands for the cell
      cell.alternatives = digitBeam(cell.digits);
      if (cell.alternatives[0]) cell.text = cell.alternatives[0].text;
    }
  }
  const items: PdfTextItem[] = cells
    .filter((c) => c.text !== '')
    .map((c) => ({ str: c.text, x: c.box.x + c.box.w * 0.1, y: c.box.y + c.box.h / 2, w: c.box.w * 0.8, h: 0.01 }));
  const tableRects = tables.map((t) => {
    const xs = t.cells.flatMap((c) => [c.x1, c.x2]);
    return {
      x: Math.min(...xs) * scale - inset,
      y: (page.heightPt - t.top) * scale - inset,
      w: (Math.max(...xs) - Math.min(...xs)) * scale + 2 * inset,
      h: (t.top - t.bottom) * scale + 2 * inset,
    };
  });
  const outside = outsideLines(image, threshold, tableRects);
  // the first lines above the first table are read whole: the report's title, for its agency and year
  const top = Math.min(image.height, ...tableRects.map((t) => t.y));
  const heading = new Set(outside.filter((o) => o.band.y + o.band.h <= top).slice(0, options.titleLines ?? 0));
  const short = outside.filter((o) => o.image !== null || heading.has(o));
  const shortRead = await recognizeLines(
    rec,
    short.map((o) => o.image ?? bandImage(image, o.band)),
  );
  for (const o of outside) {
    const k = short.indexOf(o);
    const b = o.band;
    // a reading for each short line
    const got = shortRead[k];
    const str = got ? got.text.normalize('NFKC').trim() || UNREAD_LINE : UNREAD_LINE;
    items.push({ str, x: b.x / scale, y: page.heightPt - (b.y + b.h) / scale, w: b.w / scale, h: b.h / scale });
  }
  return { content: { ...bare, items }, cells, skew };
}
