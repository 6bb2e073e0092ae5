import type { PdfSegment, PdfTextItem } from './pdf-content';

/** How far a stroke may stray outside its glyph's box (rounding, stroke width). */
const SLACK = 0.5;

/**
 * The segments that are not the outlines of glyphs. Some producers draw text twice, as text and as the
 * stroked outline of each glyph (a bold label printed with fill-and-stroke, rewritten by cairo's
 * `pdftocairo -pdf`): the outlines come as hundreds of short segments inside the labels, which the grid
 * took for column lines. A ruling line never lies wholly inside a line of text and within its height:
 * a cell's border is longer than the text it holds.
 */
export function withoutGlyphStrokes(segments: readonly PdfSegment[], items: readonly PdfTextItem[]): PdfSegment[] {
  const boxes = items
    .filter((it) => it.str.trim() !== '' && it.h > 0)
    .map((it) => ({ x1: it.x - SLACK, x2: it.x + it.w + SLACK, y1: it.y - it.h * 0.3 - SLACK, y2: it.y + it.h + SLACK, h: it.h }));
  if (boxes.length === 0) return [...segments];
  return segments.filter((s) => {
    const length = Math.max(s.x2 - s.x1, s.y2 - s.y1);
    return !boxes.some((b) => length <= b.h && s.x1 >= b.x1 && s.x2 <= b.x2 && s.y1 >= b.y1 && s.y2 <= b.y2);
  });
}
