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
 * paper, come out at 190 and more; black print under a seal's tint 130–150. What a pixel under a seal
 * must touch to be taken for print.
 */
const BLACK = 160;

/**
 * Lightness from RGBA (canvas ImageData, pdf.js image data) or RGB pixels, with colour taken for paper:
 * the brightest channel plus half the colour's saturation (max − min). Black print stays dark in every
 * channel, while a red seal or a blue signature is bright in one and saturated, so it turns white and
 * a stamp over a table does not black out the figures under it. Where a seal crosses black print, the
 * scan's colour bleeds red over the black: such pixels (red, of a luma darker than any seal) are taken
 * at their red channel (dark) when they join black print, so a ruling line keeps its ink under the
 * stamp; lone ones (a seal's JPEG ringing) stay paper.
 * @example grayFromPixels(new Uint8Array([215, 35, 40, 255]), 1, 1, 4).data → [255]
 * @example grayFromPixels(new Uint8Array([0, 0, 0, 120, 0, 4]), 2, 1, 3).data → [0, 120]
 */
export function grayFromPixels(pixels: ArrayLike<number>, width: number, height: number, channels: 1 | 3 | 4): GrayImage {
  const data = new Uint8Array(width * height);
  if (channels === 1) {
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    for (let i = 0; i < data.length; i++) data[i] = pixels[i]!;
    return { width, height, data };
  }
  // the red channel of each pixel that may be black under a seal, 0 elsewhere
  const under = new Uint8Array(width * height);
  let any = false;
  for (let i = 0, j = 0; i < data.length; i++, j += channels) {
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    const r = pixels[j]!;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    const g = pixels[j + 1]!;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    const b = pixels[j + 2]!;
    const hi = Math.max(r, g, b);
    data[i] = Math.min(255, hi + (hi - Math.min(r, g, b)) / 2);
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    if (r === hi && r > 0 && 0.299 * r + 0.587 * g + 0.114 * b < BLACK_UNDER_RED && r < data[i]!) {
      under[i] = r;
      any = true;
    }
  }
  if (!any) return { width, height, data };
  // from black print into the pixels under the seal that touch it, and on along them
  const queue: number[] = [];
  // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
  const black = (k: number) => under[k] === 0 && data[k]! < BLACK;
  for (let i = 0; i < data.length; i++) {
    if (under[i] === 0) continue;
    const x = i % width;
    if ((x > 0 && black(i - 1)) || (x < width - 1 && black(i + 1)) || (i >= width && black(i - width)) || (i + width < data.length && black(i + width)))
      queue.push(i);
  }
  for (let q = 0; q < queue.length; q++) {
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    const i = queue[q]!;
    if (under[i] === 0) continue;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    data[i] = under[i]!;
    under[i] = 0;
    const x = i % width;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    if (x > 0 && under[i - 1]! > 0) queue.push(i - 1);
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    if (x < width - 1 && under[i + 1]! > 0) queue.push(i + 1);
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    if (i >= width && under[i - width]! > 0) queue.push(i - width);
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds (j + 2 < width·height·channels); a checked read or an iterator costs speed here
    if (i + width < data.length && under[i + width]! > 0) queue.push(i + width);
  }
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
