/** Points a CSS pixel (96 a inch, 72 points). */
const PT_PER_PX = 0.75;
/** Below this a picture's print is too small for the grid reader (tuned on 150–300 dpi scans): it is drawn larger. */
const MIN_DPI = 150;
/** What a picture too small is drawn up to. */
const TARGET_DPI = 200;
/** The largest side drawn for OCR: a canvas and its grey copy stay within reason. */
const MAX_SIDE = 8000;

/**
 * How a picture of a web page's table is read as a page of a scan: its width in points follows from the
 * width the page showed it at (`shown` CSS px; its own pixels when unknown), as it prints on the screen;
 * `up` is the factor it is drawn up by when coarser than MIN_DPI (a screenshot at 96 dpi), so the grid
 * reader sees print at TARGET_DPI.
 * @example pictureScale(1348, 3538, 674) → { widthPt: 505.5, heightPt: 1326.75, up: 1 }
 * @example pictureScale(674, 1769, 674) → { widthPt: 505.5, heightPt: 1326.75, up: 2.0833333333333335 }
 */
export function pictureScale(width: number, height: number, shown: number): { widthPt: number; heightPt: number; up: number } {
  const widthPt = (shown > 0 ? shown : width) * PT_PER_PX;
  const dpi = (width / widthPt) * 72;
  const up = dpi < MIN_DPI ? Math.min(TARGET_DPI / dpi, MAX_SIDE / Math.max(width, height)) : 1;
  return { widthPt, heightPt: (widthPt * height) / width, up };
}
