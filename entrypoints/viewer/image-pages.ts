import type { TableImages } from '#lib/page';
import type { Refusal } from '#lib/read';
import { grayFromPixels, pictureScale, type ScanPage } from '#lib/check';
import { sha256Hex } from '#lib/model';
import { fetchAttachment } from './fetch-attachment';
import type { RenderedPage } from './pdf-pages';

/** Shown as the viewer shows a PDF page: 1.4 CSS px a point. */
const SHOW_SCALE = 1.4;

export type ImagePages =
  | { ok: true; scans: ScanPage[]; pages: Map<number, RenderedPage>; hash: string }
  | { ok: false; needPermission: string }
  /** a picture not downloaded (`refused`: why), or not a picture at all (`refused` null) */
  | { ok: false; refused: Refusal | null; src: string };

/** One picture as the scan reader takes a page, at the scale pictureScale gives it. */
async function scanOf(bitmap: ImageBitmap, shown: number, n: number): Promise<{ scan: ScanPage; canvas: HTMLCanvasElement }> {
  const { widthPt, heightPt, up } = pictureScale(bitmap.width, bitmap.height, shown);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * up);
  canvas.height = Math.round(bitmap.height * up);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas context to draw the page on');
  // a transparent PNG's background is the page's: white
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  return { scan: { page: n, widthPt, heightPt, image: grayFromPixels(pixels, canvas.width, canvas.height, 4) }, canvas };
}

/** A picture laid out as a PDF page is: a frame of its size with the picture drawn in it, boxes in points mapped onto it. */
function frameOf(scan: ScanPage, canvas: HTMLCanvasElement, into: HTMLElement, label: string): RenderedPage {
  const width = scan.widthPt * SHOW_SCALE;
  const height = scan.heightPt * SHOW_SCALE;
  const frame = document.createElement('div');
  frame.className = 'pdf-page';
  frame.dataset.page = String(scan.page);
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const no = document.createElement('span');
  no.className = 'page-no';
  no.textContent = label;
  frame.append(canvas, no);
  frame.dataset.drawn = 'true';
  into.append(frame);
  return {
    el: frame,
    ensure: () => Promise.resolve(),
    toCss: (b) => ({ left: b.x * SHOW_SCALE, top: (scan.heightPt - b.y - b.h) * SHOW_SCALE, width: b.w * SHOW_SCALE, height: b.h * SHOW_SCALE }),
  };
}

/**
 * Downloads the pictures of a page's tables (the user asked for it: 识别表格图片 in the popup), in their
 * session like an attachment, and lays each out in `into` as a page of a scan. The hash is that of the
 * pictures' bytes, one after the other.
 */
export async function imagePages(images: TableImages, into: HTMLElement, label: (n: number) => string): Promise<ImagePages> {
  const scans: ScanPage[] = [];
  const pages = new Map<number, RenderedPage>();
  const hashes: string[] = [];
  for (const [i, image] of images.entries()) {
    const got = await fetchAttachment(image.src);
    if (!got.ok) return 'needPermission' in got ? got : { ok: false, refused: got.refused, src: image.src };
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(new Blob([got.bytes as BlobPart], got.contentType ? { type: got.contentType } : {}));
    } catch {
      return { ok: false, refused: null, src: image.src };
    }
    const { scan, canvas } = await scanOf(bitmap, image.shown, i + 1);
    bitmap.close();
    scans.push(scan);
    pages.set(scan.page, frameOf(scan, canvas, into, label(scan.page)));
    hashes.push(sha256Hex(got.bytes));
  }
  return { ok: true, scans, pages, hash: sha256Hex(hashes.join('\n')) };
}
