import type { PdfSegment } from './pdf-content';
import { pathSegments, type Matrix } from './path-segments';

/** pdf.js's OPS table (the numbers of the operators this reader follows). */
export type PdfOps = Readonly<
  Record<
    | 'save'
    | 'restore'
    | 'transform'
    | 'constructPath'
    | 'paintFormXObjectBegin'
    | 'paintFormXObjectEnd'
    | 'stroke'
    | 'closeStroke'
    | 'fill'
    | 'eoFill'
    | 'fillStroke'
    | 'eoFillStroke'
    | 'closeFillStroke'
    | 'closeEOFillStroke'
    | 'endPath',
    number
  >
>;

/** How close to the page's edge a clipping rectangle must come to be a region of the page rather than a cell. */
const EDGE = 1;
const ALL_PAINTS: ReadonlySet<'stroke' | 'fill' | 'clip'> = new Set(['stroke', 'fill', 'clip']);
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's `cm` prepends to the current matrix)
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

/**
 * The ruling lines of a page from its operator list: stroked lines, thin filled rectangles (many
 * producers draw borders as fills) and cell clipping rectangles (WPS wraps each cell in one), all
 * mapped through the current transformation matrix into page space.
 */
export function rulingSegments(
  ops: PdfOps,
  list: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> },
  page: { width: number; height: number },
  use: ReadonlySet<'stroke' | 'fill' | 'clip'> = ALL_PAINTS,
): PdfSegment[] {
  // a clipping rectangle as big as the page is the page, not a cell; one that reaches the page's edge is
  // a region of the page (a browser clips its printed header and footer so, from the left edge to the right)
  const region = (r: { x1: number; y1: number; x2: number; y2: number }) =>
    (r.x2 - r.x1 > page.width * 0.8 && r.y2 - r.y1 > page.height * 0.5) ||
    r.x1 <= EDGE ||
    r.y1 <= EDGE ||
    r.x2 >= page.width - EDGE ||
    r.y2 >= page.height - EDGE;
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  const out: PdfSegment[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<unknown>)?.[0] as ArrayLike<number> | undefined;
      if (!data) continue;
      const stroked =
        paint === ops.stroke ||
        paint === ops.closeStroke ||
        paint === ops.fillStroke ||
        paint === ops.eoFillStroke ||
        paint === ops.closeFillStroke ||
        paint === ops.closeEOFillStroke;
      const filled = paint === ops.fill || paint === ops.eoFill;
      const clip = paint === ops.endPath;
      const kind = stroked ? 'stroke' : filled ? 'fill' : clip ? 'clip' : null;
      if (kind && use.has(kind)) out.push(...pathSegments(data, ctm, kind, region));
    }
  }
  return out;
}
