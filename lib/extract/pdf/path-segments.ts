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

/** The subpaths of a path as point lists in page space (curves reduced to their end points). */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let current: { points: [number, number][]; closed: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE) {
      current = { points: [apply(ctm, data[i], data[i + 1])], closed: false };
      out.push(current);
      i += 2;
    } else if (op === LINE) {
      current?.points.push(apply(ctm, data[i], data[i + 1]));
      i += 2;
    } else if (op === CURVE) {
      current?.points.push(apply(ctm, data[i + 4], data[i + 5]));
      i += 6;
    } else if (op === QUAD) {
      current?.points.push(apply(ctm, data[i + 2], data[i + 3]));
      i += 4;
    } else if (op === CLOSE) {
      if (current) current.closed = true;
    } else break; // unknown opcode: stop rather than misread the rest
  }
  return out;
}

/** An axis-aligned rectangle given by a closed four-corner subpath, or null. */
function asRect(points: [number, number][]): { x1: number; y1: number; x2: number; y2: number } | null {
  const pts = points.length === 5 && points[0][0] === points[4][0] && points[0][1] === points[4][1] ? points.slice(0, 4) : points;
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
      const pts = closed ? [...points, points[0]] : points;
      for (let k = 1; k < pts.length; k++) {
        const s = segment(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1]);
        if (s) out.push(s);
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
