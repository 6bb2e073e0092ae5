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
 * Below this luma a red pixel is black print under a seal, not the seal: a red stamp's own luma is
 * about 90 (pure red 76), while JPEG keeps luma at full resolution and averages colour over 2×2
 * pixels, so black print crossed by a seal's stroke comes out as (100–135, 0, 0) with luma 30–45.
 */
const BLACK_UNDER_RED = 56;

/**
 * Lightness from RGBA (canvas ImageData, pdf.js image data) or RGB pixels, with colour taken for paper:
 * the brightest channel plus half the colour's saturation (max − min). Black print stays dark in every
 * channel, while a red seal or a blue signature is bright in one and saturated, so it turns white and
 * a stamp over a table does not black out the figures under it. Where a seal crosses black print, the
 * scan's colour bleeds red over the black: such a pixel, red and of a luma darker than any seal, is
 * taken at its red channel (dark), so a ruling line keeps its ink under the stamp.
 * @example grayFromPixels(new Uint8Array([215, 35, 40, 255]), 1, 1, 4).data → [255]
 * @example grayFromPixels(new Uint8Array([120, 0, 4, 255]), 1, 1, 4).data → [120]
 */
export function grayFromPixels(pixels: ArrayLike<number>, width: number, height: number, channels: 1 | 3 | 4): GrayImage {
  const data = new Uint8Array(width * height);
  if (channels === 1) for (let i = 0; i < data.length; i++) data[i] = pixels[i]!;
  else
    for (let i = 0, j = 0; i < data.length; i++, j += channels) {
      const r = pixels[j]!;
      const g = pixels[j + 1]!;
      const b = pixels[j + 2]!;
      const hi = Math.max(r, g, b);
      const luma = 0.299 * r + 0.587 * g + 0.114 * b;
      data[i] = luma < BLACK_UNDER_RED && r === hi ? r : Math.min(255, hi + (hi - Math.min(r, g, b)) / 2);
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
