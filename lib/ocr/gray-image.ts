/**
 * A page or cell picture as one byte of lightness per pixel (0 black, 255 white), rows top first.
 * Plain data, so every step of the scan reader is pure and testable without a canvas.
 */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Below this luma a red pixel may be black print under a seal rather than the seal: a red stamp's own
 * luma is about 90 (pure red 76), while JPEG keeps luma at full resolution and averages colour over
 * 2×2 pixels, so black print crossed by a seal's stroke comes out as (100–135, 0, 0), luma 30–45.
 */
const BLACK_UNDER_RED = 56;
/**
 * Lightness that is print, not seal, whatever the page: a seal's pixels, even its edges blurred into the
 * paper, come out at 190 and more; black print under a seal's tint 120–155.
 */
const BLACK = 160;

/**
 * Runs of pixels that may be black under a seal (`under` > 0), along rows or columns, at most `max` long
 * and with print at both ends: a ruling line or a digit's stroke crossing the seal's stroke. Taken at
 * their red channel (dark). A run that ends in the seal (a stroke's dark JPEG fringe beside a digit) is
 * left paper.
 */
function bridgeUnderSeal(data: Uint8Array, under: Uint8Array, width: number, height: number, max: number, horizontal: boolean): void {
  const across = horizontal ? height : width;
  const along = horizontal ? width : height;
  const index = (a: number, b: number) => (horizontal ? a * width + b : b * width + a);
  const black = (k: number) => under[k] === 0 && data[k]! < BLACK;
  for (let a = 0; a < across; a++)
    for (let b = 0; b < along; b++) {
      if (under[index(a, b)] === 0) continue;
      let e = b;
      while (e + 1 < along && under[index(a, e + 1)]! > 0) e++;
      if (e - b + 1 <= max && b > 0 && e + 1 < along && black(index(a, b - 1)) && black(index(a, e + 1)))
        for (let k = b; k <= e; k++) data[index(a, k)] = under[index(a, k)]!;
      b = e;
    }
}

/**
 * Lightness from RGBA (canvas ImageData, pdf.js image data) or RGB pixels, with colour taken for paper:
 * the brightest channel plus half the colour's saturation (max − min). Black print stays dark in every
 * channel, while a red seal or a blue signature is bright in one and saturated, so it turns white and
 * a stamp over a table does not black out the figures under it. Where a seal crosses black print, the
 * scan's colour bleeds red over the black: such pixels (red, of a luma darker than any seal, light by
 * the rule above) are taken at their red channel (dark) where they bridge print to print across the
 * seal's stroke, so a ruling line keeps its ink under the stamp; the seal's own fringes stay paper.
 * @example grayFromPixels(new Uint8Array([215, 35, 40, 255]), 1, 1, 4).data → [255]
 * @example grayFromPixels(new Uint8Array([0, 0, 0, 130, 0, 8, 0, 0, 0]), 3, 1, 3).data → [0, 130, 0]
 */
export function grayFromPixels(pixels: ArrayLike<number>, width: number, height: number, channels: 1 | 3 | 4): GrayImage {
  const data = new Uint8Array(width * height);
  if (channels === 1) {
    for (let i = 0; i < data.length; i++) data[i] = pixels[i]!;
    return { width, height, data };
  }
  // the red channel of each pixel that may be black under a seal, 0 elsewhere
  const under = new Uint8Array(width * height);
  let any = false;
  for (let i = 0, j = 0; i < data.length; i++, j += channels) {
    const r = pixels[j]!;
    const g = pixels[j + 1]!;
    const b = pixels[j + 2]!;
    const hi = Math.max(r, g, b);
    data[i] = Math.min(255, hi + (hi - Math.min(r, g, b)) / 2);
    if (r === hi && r > 0 && data[i]! >= BLACK && 0.299 * r + 0.587 * g + 0.114 * b < BLACK_UNDER_RED) {
      under[i] = r;
      any = true;
    }
  }
  if (!any) return { width, height, data };
  // a seal's stroke is 1/40 in wide; crossed at a slant, some 1/12 in of a line lies under it (a page is ~8 in wide)
  const max = Math.max(4, Math.round(Math.max(width, height) / 140));
  bridgeUnderSeal(data, under, width, height, max, true);
  bridgeUnderSeal(data, under, width, height, max, false);
  return { width, height, data };
}

/** The part of an image inside a rectangle (clipped to the image), as a new image. */
export function cropGray(img: GrayImage, x: number, y: number, w: number, h: number): GrayImage {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(img.width, Math.ceil(x + w));
  const y1 = Math.min(img.height, Math.ceil(y + h));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) data.set(img.data.subarray((y0 + r) * img.width + x0, (y0 + r) * img.width + x0 + width), r * width);
  return { width, height, data };
}
