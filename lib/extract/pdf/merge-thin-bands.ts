import { centreX, centreY } from './item-centre';
import type { PdfTextItem } from './pdf-content';
import type { RulingGrid } from './ruling-grid';
import { itemAt } from '../../model/item-at';

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
export function mergeThinBands(g: RulingGrid, items: readonly PdfTextItem[]): RulingGrid {
  const sizes = items.map((it) => it.h).sort((a, b) => a - b);
  const thin = 0.8 * (sizes[Math.floor(sizes.length / 2)] ?? 10);
  const merge = (at: number[], ranges: [number, number][], axis: 'x' | 'y') => {
    const outAt: number[] = [];
    const outR: [number, number][] = [];
    const lines = axis === 'y' ? g.h : g.v;
    for (const [i, here] of at.entries()) {
      // the grid keeps a range for each boundary (xs with xr, ys with yr)
      const r = itemAt(ranges, i, 'boundary range');
      const prev = outAt.at(-1);
      const last = outR.at(-1);
      // the first boundary opens the list
      if (prev === undefined || last === undefined) {
        outAt.push(here);
        outR.push(r);
        continue;
      }
      const a = Math.min(prev, here);
      const b = Math.max(prev, here);
      const empty = !items.some((it) => {
        const c = axis === 'y' ? centreY(it) : centreX(it);
        return c > a && c < b;
      });
      if (b - a < thin && empty) {
        const range: [number, number] = [Math.min(last[0], r[0]), Math.max(last[1], r[1])];
        if (drawn(lines, r, axis) > drawn(lines, last, axis)) outAt[outAt.length - 1] = here;
        outR[outR.length - 1] = range;
      } else {
        outAt.push(here);
        outR.push(r);
      }
    }
    return { at: outAt, ranges: outR };
  };
  const x = merge(g.xs, g.xr, 'x');
  const y = merge(g.ys, g.yr, 'y');
  return { ...g, xs: x.at, xr: x.ranges, ys: y.at, yr: y.ranges };
}
