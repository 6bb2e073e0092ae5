import type { PdfPageLike } from '../extract/pdf/load-pdf-pages';
import { grayFromPixels } from './gray-image';
import type { ScanPage } from './scan-page';

/** A pdf.js page with its object store, where decoded images wait (`objs.get(name, callback)`). */
export interface PdfImagePage extends PdfPageLike {
  view: number[];
  objs: { get(name: string, callback: (img: unknown) => void): void };
}

interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: ArrayLike<number>;
  /** a browser build of pdf.js hands a decoded JPEG over as an ImageBitmap */
  bitmap?: unknown;
}

/** An ImageBitmap's pixels, RGBA (the caller draws it on a canvas: lib/ has no DOM); null when it cannot. */
export type BitmapPixels = (bitmap: unknown, width: number, height: number) => ArrayLike<number> | null;

/** pdf.js image kinds (ImageKind): 1 bit grey, 8 bit RGB, 8 bit RGBA. */
const KIND_CHANNELS: Record<number, 1 | 3 | 4> = { 2: 3, 3: 4 };

/**
 * The picture a scanned page is made of, as pdf.js decoded it (a scanner's PDF is one image per page,
 * drawn over the whole page): the largest image painted on the page, taken as the page itself when it
 * covers nine tenths of it. An image a browser build hands over as an ImageBitmap is taken through
 * `bitmapPixels` at its own size, as the CLI takes it (drawing the page instead resamples the scan). Null
 * when there is none, when the image cannot be had as pixels (then render the page), or for 1-bit images.
 */
export async function embeddedScan(
  page: PdfImagePage,
  ops: { paintImageXObject: number },
  pageNumber: number,
  bitmapPixels?: BitmapPixels,
): Promise<ScanPage | null> {
  const list = await page.getOperatorList();
  const names: string[] = [];
  for (let i = 0; i < list.fnArray.length; i++) if (list.fnArray[i] === ops.paintImageXObject) names.push((list.argsArray[i] as [string])[0]);
  let best: DecodedImage | null = null;
  for (const name of names) {
    const img = (await new Promise<unknown>((resolve) => page.objs.get(name, resolve))) as Partial<DecodedImage> | null;
    if (!img?.width || !img.height) continue;
    const pixels = (img.data && img.kind && KIND_CHANNELS[img.kind]) || (img.bitmap && bitmapPixels);
    if (!pixels) continue;
    if (!best || img.width * img.height > best.width * best.height) best = img as DecodedImage;
  }
  if (!best) return null;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const widthPt = x1 - x0;
  const heightPt = y1 - y0;
  // an image much narrower or shorter than the page in proportion is a picture on a page, not the page
  if (Math.abs(best.width / best.height - widthPt / heightPt) > 0.1 * (widthPt / heightPt)) return null;
  const channels = best.kind ? KIND_CHANNELS[best.kind] : undefined;
  if (best.data && channels) return { page: pageNumber, widthPt, heightPt, image: grayFromPixels(best.data, best.width, best.height, channels) };
  const rgba = bitmapPixels?.(best.bitmap, best.width, best.height);
  return rgba ? { page: pageNumber, widthPt, heightPt, image: grayFromPixels(rgba, best.width, best.height, 4) } : null;
}
