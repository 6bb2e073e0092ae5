import { centreX, centreY } from './item-centre';
import type { PdfTextItem } from './pdf-content';
import type { RulingGrid } from './ruling-grid';

/** The columns whose cells have no rule drawn along the grid's edge (`end`: 0 the top, ys.length - 1 the bottom). */
function openColumns(g: RulingGrid, end: number): [number, number][] {
  const out: [number, number][] = [];
  const edge = g.yr[end];
  if (!edge) return out;
  const [lo, hi] = edge;
  for (const [c, left] of g.xs.entries()) {
    const right = g.xs[c + 1];
    if (right === undefined) break;
    const mid = (left + right) / 2;
    if (!g.h.some((s) => s.y1 >= lo - 0.5 && s.y1 <= hi + 0.5 && s.x1 < mid && s.x2 > mid)) out.push([left, right]);
  }
  return out;
}

/**
 * Text that runs on past a table's foot: a browser cutting a tall header cell at the page's foot
 * draws its rules only as far as the row beside it, while its words (结果维 / 持, one character a
 * line) go on below. Lines of such text just below the last rule, in columns that rule does not
 * close, one following the other, belong to the cell above them.
 */
export function overflowText(g: RulingGrid, items: readonly PdfTextItem[]): PdfTextItem[] {
  const last = g.ys.length - 1;
  const open = openColumns(g, last);
  const edge = g.ys[last];
  const [left] = g.xs;
  const right = g.xs.at(-1);
  // an open column lies between two boundaries, under the last rule: all three are there
  if (open.length === 0 || edge === undefined || left === undefined || right === undefined) return [];
  const candidates = items.filter((it) => centreY(it) < edge && centreX(it) >= left && centreX(it) <= right).sort((a, b) => b.y - a.y);
  let reach = edge;
  const taken: PdfTextItem[] = [];
  for (const it of candidates) {
    if (reach - centreY(it) > 2.5 * it.h || !open.some(([a, b]) => centreX(it) > a && centreX(it) < b)) break;
    taken.push(it);
    reach = centreY(it);
  }
  return taken;
}
