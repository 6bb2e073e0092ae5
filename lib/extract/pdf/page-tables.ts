import type { PdfBox, PdfPageContent, PdfTextItem } from './pdf-content';
import { withoutGlyphStrokes } from './glyph-strokes';
import { closeCutEdges } from './close-cut-edges';
import { gridRegions } from './grid-regions';
import { centreX, centreY } from './item-centre';
import { mergeThinBands } from './merge-thin-bands';
import { overflowText } from './overflow-text';
import { rulingGrids, type RulingGrid } from './ruling-grid';
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
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i], sorted[i + 1]];
    if (descending ? v <= a && v > b : v >= a && v < b) return i;
  }
  return -1;
}

function tableOf(page: PdfPageContent, grid: RulingGrid, items: PdfTextItem[]): PdfPageTable {
  const regions = gridRegions(grid);
  const cols = grid.xs.length - 1;
  const owner = new Map<number, number>();
  regions.forEach((g, i) => {
    for (let r = g.row; r < g.row + g.rowSpan; r++) for (let c = g.col; c < g.col + g.colSpan; c++) owner.set(r * cols + c, i);
  });
  const texts: PdfTextItem[][] = regions.map(() => []);
  for (const it of items.flatMap((i) => splitAcross(i, grid.xs))) {
    // the middle of the run, a third of the way up from its baseline: inside its cell even when the
    // run overhangs a border a little
    // text run on below the last rule (overflow) stays in the last row's cell
    const r = centreY(it) < grid.ys[grid.ys.length - 1]! ? grid.ys.length - 2 : locate(grid.ys, centreY(it), true);
    const c = locate(grid.xs, centreX(it), false);
    const i = owner.get(r * cols + c);
    if (r >= 0 && c >= 0 && i !== undefined) texts[i].push(it);
  }
  const cells = regions.map((g, i) => {
    const x1 = grid.xs[g.col];
    const x2 = grid.xs[g.col + g.colSpan];
    const top = grid.ys[g.row];
    const bottom = grid.ys[g.row + g.rowSpan];
    return {
      x1,
      x2,
      r1: g.row,
      r2: g.row + g.rowSpan - 1,
      text: cellText(texts[i]),
      boxes: [{ page: page.page, x: x1, y: bottom, w: x2 - x1, h: top - bottom }],
    };
  });
  return { page: page.page, top: grid.ys[0], bottom: grid.ys[grid.ys.length - 1], rows: grid.ys.length - 1, cells };
}

function inside(it: PdfTextItem, g: RulingGrid): boolean {
  const cx = centreX(it);
  const cy = centreY(it);
  return cx >= g.xs[0] && cx <= g.xs[g.xs.length - 1] && cy <= g.ys[0] && cy >= g.ys[g.ys.length - 1];
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
