import { itemAt } from '../../model/item-at';
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

/**
 * The `i`-th ruling line of a grid (a position in `xs`/`ys`, or its range in `xr`/`yr`). Callers
 * index lines the grid itself gave them (a region's row, the first or last rule), so a missing line
 * is a bug in the reader, and it stops the reading rather than place a cell at an unknown position.
 */
export function lineAt<T>(lines: readonly T[], i: number): T {
  return itemAt(lines, i, 'ruling line');
}

/** The outer rules of a grid: its first and last vertical and horizontal lines (PDF space, y up). */
export function gridBounds(grid: RulingGrid): { left: number; right: number; top: number; bottom: number } {
  return { left: lineAt(grid.xs, 0), right: lineAt(grid.xs, grid.xs.length - 1), top: lineAt(grid.ys, 0), bottom: lineAt(grid.ys, grid.ys.length - 1) };
}

/** How far beside a table a cut-open column may reach. */
const SIDE = 150;

/** Sorted values merged where closer than SNAP: each cluster's mean and its range. */
export function clusters(values: number[]): { at: number; lo: number; hi: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  // the values are sorted, so a cluster's range is its first value and the last one added
  const out: { members: number[]; lo: number; hi: number }[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.hi <= SNAP) {
      last.members.push(v);
      last.hi = v;
    } else out.push({ members: [v], lo: v, hi: v });
  }
  return out.map(({ members, lo, hi }) => ({ at: members.reduce((s, v) => s + v, 0) / members.length, lo, hi }));
}

function touches(h: PdfSegment, v: PdfSegment): boolean {
  return v.x1 >= h.x1 - SNAP && v.x1 <= h.x2 + SNAP && h.y1 >= v.y1 - SNAP && h.y1 <= v.y2 + SNAP;
}

/** Calls `join` for each two segments on one line (within SNAP) that overlap or meet end to end. */
function chain(
  segs: readonly PdfSegment[],
  at: (s: PdfSegment) => number,
  span: (s: PdfSegment) => [number, number],
  join: (i: number, j: number) => void,
): void {
  const order = segs.map((s, i) => ({ i, at: at(s), span: span(s) })).sort((a, b) => a.at - b.at);
  for (const [k, a] of order.entries())
    for (let m = k + 1; ; m++) {
      // sorted by position: the first one beyond SNAP (or the end) ends a's neighbours
      const b = order[m];
      if (!b || b.at - a.at > SNAP) break;
      const [a1, a2] = a.span;
      const [b1, b2] = b.span;
      if (a1 <= b2 + SNAP && b1 <= a2 + SNAP) join(a.i, b.i);
    }
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
  // an index with no entry is its own root (every index here has one: `parent` covers them all)
  const find = (i: number): number => {
    const p = parent[i] ?? i;
    return p === i ? i : (parent[i] = find(p));
  };
  const union = (i: number, j: number) => void (parent[find(i)] = find(j));
  for (const [i, hs] of h.entries()) for (const [j, vs] of v.entries()) if (touches(hs, vs)) union(i, h.length + j);
  // pieces of one rule drawn end to end (a browser draws a collapsed border cell by cell, so the
  // piece under the middle of a wide cell crosses no rule of its own)
  chain(
    h,
    (s) => s.y1,
    (s) => [s.x1, s.x2],
    (i, j) => union(i, j),
  );
  chain(
    v,
    (s) => s.x1,
    (s) => [s.y1, s.y2],
    (i, j) => union(h.length + i, h.length + j),
  );
  const groups = new Map<number, PdfSegment[]>();
  all.forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  });
  const grids: RulingGrid[] = [];
  const found = [...groups.values()].map((segs) => ({ gh: segs.filter((s) => s.y1 === s.y2), gv: segs.filter((s) => s.x1 === s.x2) }));
  const loose = found.filter((g) => g.gh.length === 0).flatMap((g) => g.gv);
  for (const { gh, gv: own } of found) {
    if (gh.length < 2) continue;
    const top = Math.max(...gh.map((s) => s.y1));
    const bottom = Math.min(...gh.map((s) => s.y1));
    const left = Math.min(...gh.map((s) => s.x1));
    const right = Math.max(...gh.map((s) => s.x2));
    // a column whose cell a page break cut open on both sides (the tall 三、本年度办理结果 in the middle
    // of a browser's print) is drawn by its two side rules alone, which cross no rule: they run along
    // the whole part of the table, beside it
    // (and no further up or down than the table's own side rules: a rule down the page's margin is not one)
    const low = Math.min(...own.map((s) => s.y1)) - SNAP;
    const high = Math.max(...own.map((s) => s.y2)) + SNAP;
    const beside = loose.filter(
      (s) => s.x1 > left - SIDE && s.x1 < right + SIDE && s.y1 >= low && s.y2 <= high && Math.min(s.y2, top) - Math.max(s.y1, bottom) >= 0.8 * (top - bottom),
    );
    const gv = [...own, ...beside];
    const xc = clusters(gv.map((s) => s.x1));
    const yc = clusters(gh.map((s) => s.y1)).reverse();
    if (xc.length >= 2 && yc.length >= 2)
      grids.push({ xs: xc.map((c) => c.at), ys: yc.map((c) => c.at), xr: xc.map((c) => [c.lo, c.hi]), yr: yc.map((c) => [c.lo, c.hi]), h: gh, v: gv });
  }
  // top of the page first, as the tables are read
  return grids.sort((a, b) => gridBounds(b).top - gridBounds(a).top);
}
