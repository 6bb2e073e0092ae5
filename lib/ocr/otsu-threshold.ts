import type { GrayImage } from './gray-image';

/**
 * Otsu's threshold: the lightness that best separates print from paper (maximum between-class
 * variance of the histogram). Pixels darker than it are ink.
 * @example otsuThreshold({ width: 4, height: 1, data: new Uint8Array([0, 10, 240, 250]) }) → 11
 */
export function otsuThreshold(img: GrayImage): number {
  const hist = new Float64Array(256);
  // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays (a byte indexes the 256-bin histogram); a checked read or an iterator costs speed here
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]!]!++;
  const total = img.data.length;
  let sumAll = 0;
  for (const [v, n] of hist.entries()) sumAll += v * n;
  let wB = 0;
  let sumB = 0;
  let best = 0;
  let threshold = 128;
  for (const [v, n] of hist.entries()) {
    wB += n;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += v * n;
    const mB = sumB / wB;
    const mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = v + 1;
    }
  }
  return threshold;
}

/** Ink mask: 1 where the pixel is darker than the threshold. */
export function inkMask(img: GrayImage, threshold: number): Uint8Array {
  const out = new Uint8Array(img.data.length);
  // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over typed arrays (a byte indexes the 256-bin histogram); a checked read or an iterator costs speed here
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! < threshold ? 1 : 0;
  return out;
}
