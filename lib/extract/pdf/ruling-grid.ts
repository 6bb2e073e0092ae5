import type { PdfSegment } from './pdf-content';

/** Lines closer than this are one line: producers draw a border twice, or as a clip box 0.2 pt off. */
export const SNAP = 2.5;

/**
 * The ruling lines of one table: distinct x of its vertical lines (left to right), distinct y of its
 * horizontal lines (top to bottom, i.e. descending in PDF space), and the segments themselves.
 */
export interface RulingGrid {
  xs: number[];
  ys: number[];
  h: PdfSegment[];
  v: PdfSegment[];
}

/** Sorted values merged where closer than SNAP (each cluster becomes its mean). */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

function touches(h: PdfSegment, v: PdfSegment): boolean {
  return v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP;
}

/**
 * Groups ruling segments into tables: horizontal and vertical lines that cross or touch belong to
 * one table (union–find over crossings). A group needs at least two lines each way to enclose a
 * cell; anything less (an underline, a box around a page number) is not a table.
 */
export function rulingGrids(segments: readonly PdfSegment[]): RulingGrid[] {
  const h = segments.filter((s) => s.y1 === s.y2);
  const v = segments.filter((s) => s.x1 === s.x2);
  const all = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (touches(h[i], v[j])) parent[find(i)] = find(h.length + j);
  const groups = new Map<number, PdfSegment[]>();
  all.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  const grids: RulingGrid[] = [];
  for (const segs of groups.values()) {
    const gh = segs.filter((s) => s.y1 === s.y2);
    const gv = segs.filter((s) => s.x1 === s.x2);
    const xs = clusters(gv.map((s) => s.x1));
    const ys = clusters(gh.map((s) => s.y1)).reverse();
    if (xs.length >= 2 && ys.length >= 2) grids.push({ xs, ys, h: gh, v: gv });
  }
  // top of the page first, as the tables are read
  return grids.sort((a, b) => b.ys[0] - a.ys[0]);
}
