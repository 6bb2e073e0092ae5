import type { PdfBox, PdfPageContent, PdfTextItem } from './pdf-content';
import { gridRegions } from './grid-regions';
import { rulingGrids, type RulingGrid } from './ruling-grid';
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
  return textLines(items)
    .map((l) => l.text)
    .join('')
    .trim();
}

/** Full-width (CJK) characters take a whole em; Latin letters and digits about half. */
const em = (ch: string) => (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.55);

/**
 * A text run that crosses a column rule is the text of several cells: pdf.js joins runs of one line
 * set close together (a table shrunk to fit the page) into one item with a space between them
 * ("商业企业 科研机构 社会公益组织"). It is cut at its spaces, each word placed where its share of the
 * run puts it (the words' own widths by character, the rest of the run's width shared by the gaps).
 */
function splitAcross(it: PdfTextItem, xs: readonly number[]): PdfTextItem[] {
  const words = it.str.trim().split(/\s+/);
  if (words.length < 2 || !xs.some((x) => x > it.x + it.h * 0.5 && x < it.x + it.w - it.h * 0.5)) return [it];
  const ink = words.map((w) => [...w].reduce((n, ch) => n + em(ch), 0) * it.h);
  const total = ink.reduce((a, b) => a + b, 0);
  const scale = total > it.w ? it.w / total : 1;
  const gap = (it.w - total * scale) / (words.length - 1);
  let x = it.x;
  return words.map((str, i) => {
    const piece = { ...it, str, x, w: ink[i]! * scale };
    x += piece.w + gap;
    return piece;
  });
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

const centreX = (it: PdfTextItem) => it.x + it.w / 2;
const centreY = (it: PdfTextItem) => it.y + it.h * 0.35;

function inside(it: PdfTextItem, g: RulingGrid): boolean {
  const cx = centreX(it);
  const cy = centreY(it);
  return cx >= g.xs[0] && cx <= g.xs[g.xs.length - 1] && cy <= g.ys[0] && cy >= g.ys[g.ys.length - 1];
}

/** A table part's cells run on past its first or last drawn rule by more than this: they are cut by the page. */
const OVERHANG = 4;

/**
 * A table cut by a page break as a browser prints it: the cells that go on to the next page are
 * drawn open (no rule where the page cuts them), their side rules running on past the last drawn
 * rule. The grid is closed there, so their text and their place belong to the table.
 */
function closeCutEdges(g: RulingGrid): RulingGrid {
  const top = Math.max(...g.v.map((s) => s.y2));
  const bottom = Math.min(...g.v.map((s) => s.y1));
  const ys = [...g.ys];
  const yr = [...g.yr];
  if (top > ys[0]! + OVERHANG) {
    ys.unshift(top);
    yr.unshift([top, top]);
  }
  if (bottom < ys[ys.length - 1]! - OVERHANG) {
    ys.push(bottom);
    yr.push([bottom, bottom]);
  }
  return { ...g, ys, yr };
}

/** The columns whose cells have no rule drawn along the grid's edge (`end`: 0 the top, ys.length - 1 the bottom). */
function openColumns(g: RulingGrid, end: number): [number, number][] {
  const out: [number, number][] = [];
  const [lo, hi] = g.yr[end]!;
  for (let c = 0; c + 1 < g.xs.length; c++) {
    const mid = (g.xs[c]! + g.xs[c + 1]!) / 2;
    if (!g.h.some((s) => s.y1 >= lo - 0.5 && s.y1 <= hi + 0.5 && s.x1 < mid && s.x2 > mid)) out.push([g.xs[c]!, g.xs[c + 1]!]);
  }
  return out;
}

/**
 * Text that runs on past a table's foot: a browser cutting a tall header cell at the page's foot
 * draws its rules only as far as the row beside it, while its words (结果维 / 持, one character a
 * line) go on below. Lines of such text just below the last rule, in columns that rule does not
 * close, one following the other, belong to the cell above them.
 */
function overflow(g: RulingGrid, items: readonly PdfTextItem[]): PdfTextItem[] {
  const last = g.ys.length - 1;
  const open = openColumns(g, last);
  if (open.length === 0) return [];
  const edge = g.ys[last]!;
  const candidates = items.filter((it) => centreY(it) < edge && centreX(it) >= g.xs[0]! && centreX(it) <= g.xs[g.xs.length - 1]!).sort((a, b) => b.y - a.y);
  let reach = edge;
  const taken: PdfTextItem[] = [];
  for (const it of candidates) {
    if (reach - centreY(it) > 2.5 * it.h || !open.some(([a, b]) => centreX(it) > a && centreX(it) < b)) break;
    taken.push(it);
    reach = centreY(it);
  }
  return taken;
}

/** How much rule is drawn along a boundary: its segments' total length. */
function drawn(lines: RulingGrid['h'], [lo, hi]: [number, number], axis: 'x' | 'y'): number {
  return lines
    .filter((s) => (axis === 'y' ? s.y1 >= lo - 0.5 && s.y1 <= hi + 0.5 : s.x1 >= lo - 0.5 && s.x1 <= hi + 0.5))
    .reduce((n, s) => n + (axis === 'y' ? s.x2 - s.x1 : s.y2 - s.y1), 0);
}

/**
 * Two boundaries closer than a line of type with no text between them are one: a browser's cell
 * spacing wider than SNAP, or the edge of a tall cell that a page break left a few points off its
 * row's rule. The boundary with more rule drawn stands for both, and takes both ranges.
 */
function mergeThinBands(g: RulingGrid, items: readonly PdfTextItem[]): RulingGrid {
  const sizes = items.map((it) => it.h).sort((a, b) => a - b);
  const thin = 0.8 * (sizes[Math.floor(sizes.length / 2)] ?? 10);
  const merge = (at: number[], ranges: [number, number][], axis: 'x' | 'y') => {
    const outAt = [at[0]!];
    const outR: [number, number][] = [ranges[0]!];
    const lines = axis === 'y' ? g.h : g.v;
    for (let i = 1; i < at.length; i++) {
      const prev = outAt[outAt.length - 1]!;
      const a = Math.min(prev, at[i]!);
      const b = Math.max(prev, at[i]!);
      const empty = !items.some((it) => {
        const c = axis === 'y' ? centreY(it) : centreX(it);
        return c > a && c < b;
      });
      if (b - a < thin && empty) {
        const last = outR[outR.length - 1]!;
        const range: [number, number] = [Math.min(last[0], ranges[i]![0]), Math.max(last[1], ranges[i]![1])];
        if (drawn(lines, ranges[i]!, axis) > drawn(lines, last, axis)) outAt[outAt.length - 1] = at[i]!;
        outR[outR.length - 1] = range;
      } else {
        outAt.push(at[i]!);
        outR.push(ranges[i]!);
      }
    }
    return { at: outAt, ranges: outR };
  };
  const x = merge(g.xs, g.xr, 'x');
  const y = merge(g.ys, g.yr, 'y');
  return { ...g, xs: x.at, xr: x.ranges, ys: y.at, yr: y.ranges };
}

/**
 * The drawn tables of a page with their text, and the text outside them (the narrative). A grid of
 * a single cell is a frame or a text box, not a table: its text stays in the narrative.
 */
export function pageTables(page: PdfPageContent): { tables: PdfPageTable[]; rest: PdfTextItem[] } {
  const grids = rulingGrids(page.segments)
    .filter((g) => g.xs.length > 2 || g.ys.length > 2)
    .map(closeCutEdges);
  const tables: PdfPageTable[] = [];
  let rest = page.items;
  for (const g of grids) {
    const below = new Set(overflow(g, rest));
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
