import type { PdfSegment } from './pdf-content';

/** Lines closer than this are one line: producers draw a border twice, or as a clip box 0.2 pt off. */
export const SNAP = 2.5;

/**
 * The ruling lines of one table: distinct x of its vertical lines (left to right), distinct y of its
 * horizontal lines (top to bottom, i.e. descending in PDF space), and the segments themselves. `xr`
 * and `yr` give, for each line, the range of the drawn positions taken for it: a browser draws each
 * cell as its own box, so two neighbours' borders lie a cell spacing apart and are one line here.
 */
export interface RulingGrid {
  xs: number[];
  ys: number[];
  xr: [number, number][];
  yr: [number, number][];
  h: PdfSegment[];
  v: PdfSegment[];
}

/** Sorted values merged where closer than SNAP: each cluster's mean and its range. */
export function clusters(values: number[]): { at: number; lo: number; hi: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => ({ at: c.reduce((s, v) => s + v, 0) / c.length, lo: c[0]!, hi: c[c.length - 1]! }));
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
    const xc = clusters(gv.map((s) => s.x1));
    const yc = clusters(gh.map((s) => s.y1)).reverse();
    if (xc.length >= 2 && yc.length >= 2)
      grids.push({ xs: xc.map((c) => c.at), ys: yc.map((c) => c.at), xr: xc.map((c) => [c.lo, c.hi]), yr: yc.map((c) => [c.lo, c.hi]), h: gh, v: gv });
  }
  // top of the page first, as the tables are read
  return grids.sort((a, b) => b.ys[0] - a.ys[0]);
}
