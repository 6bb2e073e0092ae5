import { cropGray, type GrayImage } from './gray-image';

/** A printed line inside a cell: its rectangle in the cell's pixels. */
export interface Band {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The printed lines of one cell, top first, each cropped to its ink (pixels darker than `threshold`): rows with ink separated by
 * more than `joinGap` empty rows are lines (a label wraps over two or three). Specks (a band under a quarter of the
 * tallest one's height, or of fewer than `minInk` pixels) are dropped, and a row needs `minRowInk` dark
 * pixels to count (a page's scattered specks would join every line into one). An empty cell has none.
 */
export function textBands(cell: GrayImage, threshold: number, minInk = 6, joinGap = 3, minRowInk = 1): Band[] {
  const { width, height, data } = cell;
  const rowInk = new Int32Array(height);
  // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, x < width and y < height; a checked read costs speed here
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (data[y * width + x]! < threshold) rowInk[y]!++;
  const spans: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const inkInRow = rowInk[y];
    const ink = inkInRow !== undefined && inkInRow >= minRowInk;
    if (ink && start < 0) start = y;
    else if (!ink && start >= 0) {
      spans.push([start, y - 1]);
      start = -1;
    }
  }
  // a gap of a few rows inside a glyph (blur, thin strokes) does not split a line
  const joined: [number, number][] = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && s[0] - last[1] <= joinGap) last[1] = s[1];
    else joined.push([...s]);
  }
  const tallest = Math.max(0, ...joined.map(([a, b]) => b - a + 1));
  const bands: Band[] = [];
  for (const [a, b] of joined) {
    if (b - a + 1 < tallest / 4) continue;
    let x0 = width;
    let x1 = -1;
    let ink = 0;
    for (let y = a; y <= b; y++)
      for (let x = 0; x < width; x++)
        // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, x < width and y < height; a checked read costs speed here
        if (data[y * width + x]! < threshold) {
          ink++;
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
        }
    if (ink >= minInk) bands.push({ x: x0, y: a, w: x1 - x0 + 1, h: b - a + 1 });
  }
  return bands;
}

/** The band with a margin of paper around it (a third of its height), as the recogniser was trained on. */
export function bandImage(cell: GrayImage, band: Band): GrayImage {
  const m = Math.max(2, Math.round(band.h / 3));
  const out = cropGray(cell, band.x - m, band.y - m, band.w + 2 * m, band.h + 2 * m);
  return out;
}
