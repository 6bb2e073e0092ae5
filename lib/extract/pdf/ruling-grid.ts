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

/** How far beside a table a cut-open column may reach. */
const SIDE = 150;

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

/** Calls `join` for each two segments on one line (within SNAP) that overlap or meet end to end. */
function chain(
  segs: readonly PdfSegment[],
  at: (s: PdfSegment) => number,
  span: (s: PdfSegment) => [number, number],
  join: (i: number, j: number) => void,
): void {
  const order = segs.map((_, i) => i).sort((a, b) => at(segs[a]!) - at(segs[b]!));
  for (let k = 0; k < order.length; k++)
    for (let m = k + 1; m < order.length && at(segs[order[m]!]!) - at(segs[order[k]!]!) <= SNAP; m++) {
      const [a1, a2] = span(segs[order[k]!]!);
      const [b1, b2] = span(segs[order[m]!]!);
      if (a1 <= b2 + SNAP && b1 <= a2 + SNAP) join(order[k]!, order[m]!);
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
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number) => void (parent[find(i)] = find(j));
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (touches(h[i], v[j])) union(i, h.length + j);
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
  return grids.sort((a, b) => b.ys[0] - a.ys[0]);
}
