import { describe, expect, it } from 'vitest';
import { withoutGlyphStrokes } from '../../../../lib/extract/pdf/glyph-strokes';

// measured on page 4 of tests/fixtures/pdf-matrix/cairo/003.pdf (淮安市洪泽区 2024 as WPS exported it,
// rewritten by `pdftocairo -pdf`): the bold row label is drawn as text and as the stroked outline of each glyph
const LABEL = { str: '四、结转下年度继续办理', x: 77.52, y: 559.831, w: 110.386, h: 9.95 };
const BORDERS = [
  { x1: 77.1, y1: 551.0, x2: 77.1, y2: 575.9 }, // the table's left edge beside the label
  { x1: 77.1, y1: 551.0, x2: 309.9, y2: 551.0 }, // the row's bottom border under it
  { x1: 77.1, y1: 575.9, x2: 309.9, y2: 575.9 },
];
const STROKES = [
  { x1: 78.9, y1: 559.0, x2: 78.9, y2: 563.4 },
  { x1: 86.1, y1: 560.8, x2: 86.1, y2: 566.9 },
  { x1: 79.4, y1: 567.3, x2: 85.5, y2: 567.3 },
  { x1: 102.3, y1: 558.9, x2: 102.3, y2: 560.9 },
];

describe('withoutGlyphStrokes', () => {
  it('should drop the outlines drawn inside a line of text and keep the borders around it', () => {
    expect(withoutGlyphStrokes([...BORDERS, ...STROKES], [LABEL])).toEqual(BORDERS);
  });

  it('should keep a border that crosses a line of text, even a short one', () => {
    // a column line between two figures printed close together passes through neither's box alone
    const crossing = { x1: 120, y1: 555, x2: 120, y2: 573 };
    expect(withoutGlyphStrokes([crossing], [LABEL])).toEqual([crossing]);
  });

  it('should keep every segment of a page with no text (a scan, a drawing)', () => {
    expect(withoutGlyphStrokes(STROKES, [])).toEqual(STROKES);
  });
});
