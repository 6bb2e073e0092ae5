import type { PdfSegment } from './pdf-content';

/** An affine matrix [a b c d e f] as PDF writes it. */
export type Matrix = [number, number, number, number, number, number];

/** pdf.js's path opcodes inside constructPath data (its DrawOPS, not exported by the package). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Thicker than this, a filled rectangle is shading, not a rule. */
const RULE_MAX = 3;
/** How far off the axis a line may be and still count as horizontal or vertical. */
const SKEW = 0.8;

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function segment(ax: number, ay: number, bx: number, by: number): PdfSegment | null {
  if (Math.abs(ay - by) <= SKEW && Math.abs(ax - bx) > SKEW) {
    const y = (ay + by) / 2;
    return { x1: Math.min(ax, bx), y1: y, x2: Math.max(ax, bx), y2: y };
  }
  if (Math.abs(ax - bx) <= SKEW && Math.abs(ay - by) > SKEW) {
    const x = (ax + bx) / 2;
    return { x1: x, y1: Math.min(ay, by), x2: x, y2: Math.max(ay, by) };
  }
  return null;
}

/**
 * Per drawing opcode: how many numbers follow it, and where among them its end point is (a curve's
 * control points are skipped).
 */
const ARGS = new Map<number, { count: number; end: number }>([
  [MOVE, { count: 2, end: 0 }],
  [LINE, { count: 2, end: 0 }],
  [CURVE, { count: 6, end: 4 }],
  [QUAD, { count: 4, end: 2 }],
]);

/** The subpaths of a path as point lists in page space (curves reduced to their end points). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === CLOSE) {
      if (current) current.closed = true;
      continue;
    }
    const args = op === undefined ? undefined : ARGS.get(op);
    if (!args) break; // unknown opcode: stop rather than misread the rest
    const x = data[i + args.end];
    const y = data[i + args.end + 1];
    if (x === undefined || y === undefined) break; // cut short: no point to take
    const p = apply(ctm, x, y);
    if (op === MOVE) {
      current = { points: [p], closed: false };
      out.push(current);
    } else current?.points.push(p);
    i += args.count;
  }
  return out;
}

/** An axis-aligned rectangle given by a closed four-corner subpath, or null. */
function asRect(points: [number, number][]): { x1: number; y1: number; x2: number; y2: number } | null {
  // a closed rectangle may repeat its first corner as its fifth
  const [first, , , , fifth] = points;
  const pts = points.length === 5 && first && fifth && first[0] === fifth[0] && first[1] === fifth[1] ? points.slice(0, 4) : points;
  if (pts.length !== 4) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x1 = Math.min(...xs);
  const x2 = Math.max(...xs);
  const y1 = Math.min(...ys);
  const y2 = Math.max(...ys);
  const onEdges = pts.every(([x, y]) => (Math.abs(x - x1) < SKEW || Math.abs(x - x2) < SKEW) && (Math.abs(y - y1) < SKEW || Math.abs(y - y2) < SKEW));
  return onEdges ? { x1, y1, x2, y2 } : null;
}

function edges(r: { x1: number; y1: number; x2: number; y2: number }): PdfSegment[] {
  return [
    { x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y1 },
    { x1: r.x1, y1: r.y2, x2: r.x2, y2: r.y2 },
    { x1: r.x1, y1: r.y1, x2: r.x1, y2: r.y2 },
    { x1: r.x2, y1: r.y1, x2: r.x2, y2: r.y2 },
  ];
}

/**
 * Horizontal and vertical pieces of one painted path. A stroke gives each straight piece; a fill
 * counts only when it is a thin rectangle (a rule drawn as a bar); a clipping rectangle gives its
 * four edges (the cell box), unless it is a `region` of the page (the page itself, a printed header).
 */
export function pathSegments(
  data: ArrayLike<number>,
  ctm: Matrix,
  paint: 'stroke' | 'fill' | 'clip',
  region: (r: { x1: number; y1: number; x2: number; y2: number }) => boolean = () => false,
): PdfSegment[] {
  const out: PdfSegment[] = [];
  for (const { points, closed } of subpaths(data, ctm)) {
    if (paint === 'stroke') {
      const [first] = points;
      const pts = closed && first ? [...points, first] : points;
      // each straight piece from the point before
      let prev: [number, number] | undefined;
      for (const [x, y] of pts) {
        const s = prev && segment(prev[0], prev[1], x, y);
        if (s) out.push(s);
        prev = [x, y];
      }
      continue;
    }
    const r = asRect(points);
    if (!r) continue;
    const w = r.x2 - r.x1;
    const h = r.y2 - r.y1;
    if (w <= RULE_MAX && h > RULE_MAX) out.push({ x1: (r.x1 + r.x2) / 2, y1: r.y1, x2: (r.x1 + r.x2) / 2, y2: r.y2 });
    else if (h <= RULE_MAX && w > RULE_MAX) out.push({ x1: r.x1, y1: (r.y1 + r.y2) / 2, x2: r.x2, y2: (r.y1 + r.y2) / 2 });
    else if (paint === 'clip' && w > RULE_MAX && h > RULE_MAX && !region(r)) out.push(...edges(r));
  }
  return out;
}
