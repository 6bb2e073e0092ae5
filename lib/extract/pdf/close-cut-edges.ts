import type { RulingGrid } from './ruling-grid';

/** A table part's cells run on past its first or last drawn rule by more than this: they are cut by the page. */
const OVERHANG = 4;

/**
 * A table cut by a page break as a browser prints it: the cells that go on to the next page are
 * drawn open (no rule where the page cuts them), their side rules running on past the last drawn
 * rule. The grid is closed there, so their text and their place belong to the table.
 */
export function closeCutEdges(g: RulingGrid): RulingGrid {
  const top = Math.max(...g.v.map((s) => s.y2));
  const bottom = Math.min(...g.v.map((s) => s.y1));
  const ys = [...g.ys];
  const yr = [...g.yr];
  const first = ys[0];
  if (first !== undefined && top > first + OVERHANG) {
    ys.unshift(top);
    yr.unshift([top, top]);
  }
  const last = ys.at(-1);
  if (last !== undefined && bottom < last - OVERHANG) {
    ys.push(bottom);
    yr.push([bottom, bottom]);
  }
  return { ...g, ys, yr };
}
