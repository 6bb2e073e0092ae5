import { lineAt, type RulingGrid } from './ruling-grid';

/** A cell of the drawn table: a block of elementary grid cells with no ruling line inside it. */
export interface GridRegion {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

/** A line is drawn at a boundary (at any of the positions taken for it) across `mid`. */
function covered(lines: RulingGrid['v'], [lo, hi]: [number, number], mid: number, axis: 'x' | 'y'): boolean {
  const near = (v: number) => v >= lo - 0.5 && v <= hi + 0.5;
  return lines.some((s) => (axis === 'x' ? near(s.x1) && s.y1 < mid && s.y2 > mid : near(s.y1) && s.x1 < mid && s.x2 > mid));
}

/**
 * Merged cells from the ruling lines: two neighbouring elementary cells belong to one cell when no
 * line is drawn between them at their midpoint. This is how a reader sees rowspan and colspan on
 * paper, and it yields the same spans the HTML reader gets from the markup.
 */
export function gridRegions(grid: RulingGrid): GridRegion[] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  // an index with no entry is its own root (every index here has one: `parent` covers them all)
  const find = (i: number): number => {
    const p = parent[i] ?? i;
    return p === i ? i : (parent[i] = find(p));
  };
  const join = (a: number, b: number) => void (parent[find(a)] = find(b));
  for (let r = 0; r < rows; r++) {
    const midY = (lineAt(grid.ys, r) + lineAt(grid.ys, r + 1)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (lineAt(grid.xs, c) + lineAt(grid.xs, c + 1)) / 2;
      if (c + 1 < cols && !covered(grid.v, lineAt(grid.xr, c + 1), midY, 'x')) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(grid.h, lineAt(grid.yr, r + 1), midX, 'y')) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const boxes = new Map<number, { r1: number; c1: number; r2: number; c2: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      const b = boxes.get(root);
      if (!b) boxes.set(root, { r1: r, c1: c, r2: r, c2: c });
      else Object.assign(b, { r1: Math.min(b.r1, r), c1: Math.min(b.c1, c), r2: Math.max(b.r2, r), c2: Math.max(b.c2, c) });
    }
  return [...boxes.values()]
    .map((b) => ({ row: b.r1, col: b.c1, rowSpan: b.r2 - b.r1 + 1, colSpan: b.c2 - b.c1 + 1 }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
