import { cropGray, type GrayImage } from './gray-image';
import { otsuThreshold } from './otsu-threshold';
import { trimBorders } from './trim-borders';

/** A rectangle of an image, in pixels. */
export interface PixelBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Fewer dark pixels than this is a speck, not print: the picture is shown whole. */
const MIN_INK = 4;

/**
 * Where a cell picture's print is: the bounding box of its dark pixels (darker than the picture's Otsu
 * threshold) once the ruling lines along its edges are set aside (trimBorders on a copy: a cell is
 * cut at its lines, whose remains would stretch the box to the whole cell), widened by `margin`
 * (a quarter of the print's height, at least 2 px) and clipped to the picture. The whole picture when
 * it holds no print.
 * @example inkBox(a 60×40 cell, its lines drawn, a 10×20 figure at 25,10) → { x: 20, y: 5, w: 20, h: 30 }
 */
export function inkBox(img: GrayImage): PixelBox {
  const whole = { x: 0, y: 0, w: img.width, h: img.height };
  if (img.width === 0 || img.height === 0) return whole;
  const threshold = otsuThreshold(img);
  const copy = cropGray(img, 0, 0, img.width, img.height);
  // the borders judged at a lighter grey, as the reader does, so their grey edges go with them
  trimBorders(copy, Math.round((threshold + 255) / 2), Math.max(3, Math.round(Math.min(img.width, img.height) / 4)));
  let [x0, y0, x1, y1, ink] = [img.width, img.height, -1, -1, 0];
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++)
      // biome-ignore lint/style/noNonNullAssertion: per-pixel loop over a typed array, x < width and y < height; a checked read costs speed here
      if (copy.data[y * img.width + x]! < threshold) {
        ink++;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  if (ink < MIN_INK) return whole;
  const margin = Math.max(2, Math.round((y1 - y0 + 1) / 4));
  const [left, top] = [Math.max(0, x0 - margin), Math.max(0, y0 - margin)];
  return { x: left, y: top, w: Math.min(img.width, x1 + 1 + margin) - left, h: Math.min(img.height, y1 + 1 + margin) - top };
}

/**
 * A cell picture cut to its print (inkBox): shown beside a finding, a tall cell's figure is then as
 * high as the line it stands in, not a speck in a box of paper. The original pixels, not the trimmed copy.
 */
export function inkCrop(img: GrayImage): GrayImage {
  const b = inkBox(img);
  return b.w === img.width && b.h === img.height ? img : cropGray(img, b.x, b.y, b.w, b.h);
}
