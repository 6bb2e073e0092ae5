import type { GrayImage } from './gray-image';

/**
 * Whitens what is left of the ruling lines along the edges of a cell's crop: an edge column (row)
 * that is mostly ink is a border, not print, and a sliver of border beside a "0" reads as "10".
 * Works inward from each edge for at most `depth` pixels; changes the image in place.
 */
export function trimBorders(img: GrayImage, threshold: number, depth: number): void {
  const { width, height, data } = img;
  const colInk = (x: number) => {
    let n = 0;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over a typed array, x < width and y < height; a checked read costs speed here
    for (let y = 0; y < height; y++) if (data[y * width + x]! < threshold) n++;
    return n / Math.max(1, height);
  };
  const rowInk = (y: number) => {
    let n = 0;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over a typed array, x < width and y < height; a checked read costs speed here
    for (let x = 0; x < width; x++) if (data[y * width + x]! < threshold) n++;
    return n / Math.max(1, width);
  };
  const whiteCol = (x: number) => {
    for (let y = 0; y < height; y++) data[y * width + x] = 255;
  };
  const whiteRow = (y: number) => data.fill(255, y * width, (y + 1) * width);
  for (const [ink, clear, from, dir, size] of [
    [colInk, whiteCol, 0, 1, width],
    [colInk, whiteCol, width - 1, -1, width],
    [rowInk, whiteRow, 0, 1, height],
    [rowInk, whiteRow, height - 1, -1, height],
  ] as const) {
    // the last line-like column seen within `depth`: everything from the edge to it goes
    let last = -1;
    for (let k = 0; k < Math.min(depth, size); k++) if (ink(from + dir * k) > 0.5) last = k;
    for (let k = 0; k <= last; k++) clear(from + dir * k);
  }
}
