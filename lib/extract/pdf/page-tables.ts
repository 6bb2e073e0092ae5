import type { PdfBox, PdfPageContent, PdfTextItem } from './pdf-content';
import { withoutGlyphStrokes } from './glyph-strokes';
import { closeCutEdges } from './close-cut-edges';
import { type GridRegion, gridRegions } from './grid-regions';
import { centreX, centreY } from './item-centre';
import { mergeThinBands } from './merge-thin-bands';
import { overflowText } from './overflow-text';
import { gridBounds, lineAt, rulingGrids, type RulingGrid } from './ruling-grid';
import { splitAcross } from './split-across';
import { textLines } from './text-lines';

/**
 * A cell of a drawn table, in page geometry: its x-range, its rows (indices into the table's row
 * lines, top first), its text and where it is printed (one box per page it spans).
 */
export interface PdfCell {
  x1: number;
  x2: number;
  r1: number;
  r2: number;
  text: string;
  boxes: PdfBox[];
}

/** One drawn table on one page. */
export interface PdfPageTable {
  page: number;
  top: number;
  bottom: number;
  rows: number;
  cells: PdfCell[];
}

/** The text of one cell: its lines top to bottom, joined without a break (CJK labels wrap anywhere). */
function cellText(items: PdfTextItem[]): string {
  return textLines(items, true)
    .map((l) => l.text)
    .join('')
    .trim();
}

function locate(sorted: number[], v: number, descending: boolean): number {
  // the band between line i and the next; the last line starts no band
  return sorted.findIndex((a, i) => {
    const b = sorted[i + 1];
    return b !== undefined && (descending ? v <= a && v > b : v >= a && v < b);
  });
}

function tableOf(page: PdfPageContent, grid: RulingGrid, items: PdfTextItem[]): PdfPageTable {
  const regions = gridRegions(grid);
  const cols = grid.xs.length - 1;
  // each region's text runs, and the list each elementary cell's runs go to (its region's)
  const texts = regions.map((g): { g: GridRegion; runs: PdfTextItem[] } => ({ g, runs: [] }));
  const owner = new Map<number, PdfTextItem[]>();
  for (const { g, runs } of texts)
    for (let r = g.row; r < g.row + g.rowSpan; r++) for (let c = g.col; c < g.col + g.colSpan; c++) owner.set(r * cols + c, runs);
  const { top, bottom } = gridBounds(grid);
  for (const it of items.flatMap((i) => splitAcross(i, grid.xs))) {
    // the middle of the run, a third of the way up from its baseline: inside its cell even when the
    // run overhangs a border a little
    // text run on below the last rule (overflow) stays in the last row's cell
    const r = centreY(it) < bottom ? grid.ys.length - 2 : locate(grid.ys, centreY(it), true);
    const c = locate(grid.xs, centreX(it), false);
    const own = owner.get(r * cols + c);
    if (r >= 0 && c >= 0 && own) own.push(it);
  }
  const cells = texts.map(({ g, runs }): PdfCell => {
    const x1 = lineAt(grid.xs, g.col);
    const x2 = lineAt(grid.xs, g.col + g.colSpan);
    const y1 = lineAt(grid.ys, g.row);
    const y2 = lineAt(grid.ys, g.row + g.rowSpan);
    return {
      x1,
      x2,
      r1: g.row,
      r2: g.row + g.rowSpan - 1,
      text: cellText(runs),
      boxes: [{ page: page.page, x: x1, y: y2, w: x2 - x1, h: y1 - y2 }],
    };
  });
  return { page: page.page, top, bottom, rows: grid.ys.length - 1, cells };
}

function inside(it: PdfTextItem, g: RulingGrid): boolean {
  const cx = centreX(it);
  const cy = centreY(it);
  const { left, right, top, bottom } = gridBounds(g);
  return cx >= left && cx <= right && cy <= top && cy >= bottom;
}

/**
 * The drawn tables of a page with their text, and the text outside them (the narrative). A grid of
 * a single cell is a frame or a text box, not a table: its text stays in the narrative.
 */
export function pageTables(page: PdfPageContent): { tables: PdfPageTable[]; rest: PdfTextItem[] } {
  const grids = rulingGrids(withoutGlyphStrokes(page.segments, page.items))
    .filter((g) => g.xs.length > 2 || g.ys.length > 2)
    .map(closeCutEdges);
  const tables: PdfPageTable[] = [];
  let rest = page.items;
  for (const g of grids) {
    const below = new Set(overflowText(g, rest));
    const mine: PdfTextItem[] = [];
    const others: PdfTextItem[] = [];
    for (const it of rest) (inside(it, g) || below.has(it) ? mine : others).push(it);
    rest = others;
    const merged = mergeThinBands(g, mine);
    if (merged.xs.length > 2 || merged.ys.length > 2) tables.push(tableOf(page, merged, mine));
    else rest = [...rest, ...mine];
  }
  return { tables, rest };
}
