import type { GrayImage } from './gray-image';
import { inkMask, otsuThreshold } from './otsu-threshold';

/** A scanner feeds a page a little crooked; a table is not read past this (report-format tables are ruled square). */
export const MAX_SKEW_DEGREES = 2;

/**
 * The page's skew in degrees (positive: the print runs downhill to the right), within ±MAX_SKEW_DEGREES:
 * the angle whose shear makes the row profile of the ink sharpest (largest sum of squares), as
 * ruling lines and text lines then fall into single rows. Coarse steps of 0.1°, then 0.02°.
 */
export function skewAngle(mask: Uint8Array, width: number, height: number): number {
  // the ink's coordinates, thinned to at most ~60k points: enough for a sharp profile, cheap per angle
  const xs: number[] = [];
  const ys: number[] = [];
  let count = 0;
  // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds; a checked read (itemAt) or an iterator costs speed here
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  const step = Math.max(1, Math.floor(count / 60_000));
  let seen = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (mask[y * width + x] && seen++ % step === 0) {
        xs.push(x - width / 2);
        ys.push(y);
      }
  const profile = new Float64Array(height + width);
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    profile.fill(0);
    const off = width / 2;
    // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds; a checked read (itemAt) or an iterator costs speed here
    for (let i = 0; i < xs.length; i++) profile[Math.round(ys[i]! - xs[i]! * t + off)]!++;
    let s = 0;
    for (const p of profile) s += p * p;
    return s;
  };
  const search = (from: number, to: number, by: number) => {
    let best = 0;
    let bestScore = -1;
    for (let d = from; d <= to + 1e-9; d += by) {
      const s = score(d);
      if (s > bestScore) [best, bestScore] = [d, s];
    }
    return best;
  };
  const coarse = search(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.1);
  return Math.round(search(coarse - 0.1, coarse + 0.1, 0.02) * 100) / 100;
}

/**
 * The image turned by `degrees` about its centre (bilinear; what falls outside is paper white), so
 * that a page skewed by `-degrees` comes out square.
 */
export function rotateGray(img: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = img;
  const out = new Uint8Array(width * height).fill(255);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // where this output pixel comes from in the input
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds; a checked read (itemAt) or an iterator costs speed here
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays, index in range by its bounds; a checked read (itemAt) or an iterator costs speed here
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[y * width + x] = top + (bottom - top) * fy;
    }
  }
  return { width, height, data: out };
}

/** Below this skew a page is taken as square: turning it would only blur the print. */
const MIN_SKEW_DEGREES = 0.05;

/**
 * A scanned page made square: its ink found (Otsu), its skew measured, and when it is skewed the image
 * turned back and its ink found again with the same threshold (both given back, with the skew measured).
 * What the reader and the grid dump both see.
 */
export function straighten(img: GrayImage): { image: GrayImage; mask: Uint8Array; threshold: number; skew: number } {
  const threshold = otsuThreshold(img);
  const mask = inkMask(img, threshold);
  const skew = skewAngle(mask, img.width, img.height);
  if (Math.abs(skew) < MIN_SKEW_DEGREES) return { image: img, mask, threshold, skew };
  const image = rotateGray(img, -skew);
  return { image, mask: inkMask(image, threshold), threshold, skew };
}
