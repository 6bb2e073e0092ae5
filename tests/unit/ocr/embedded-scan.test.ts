import { describe, expect, it } from 'vitest';
import { embeddedScan, type PdfImagePage } from '../../../lib/ocr/embedded-scan';

const OPS = { paintImageXObject: 85 };

/** A scanned page as pdf.js gives it: one image painted over the A4 page, decoded as `img`. */
function scannedPage(img: object): PdfImagePage {
  return {
    view: [0, 0, 595, 842],
    getOperatorList: async () => ({ fnArray: [OPS.paintImageXObject], argsArray: [['img_p0_1']] }),
    objs: { get: (_name: string, callback: (img: unknown) => void) => callback(img) },
  } as unknown as PdfImagePage;
}

describe('the scan a page is made of (embeddedScan)', () => {
  it('should take an ImageBitmap (a browser build of pdf.js) at its own size through the caller’s canvas, not leave the page to be redrawn', async () => {
    const bitmap = { kind: 'ImageBitmap' };
    const page = scannedPage({ width: 60, height: 85, bitmap });
    // without a way to read a bitmap the page is drawn instead (null)
    expect(await embeddedScan(page, OPS, 1)).toBeNull();
    const asked: unknown[] = [];
    const rgba = new Uint8ClampedArray(60 * 85 * 4).fill(255);
    rgba.set([0, 0, 0, 255], (10 * 60 + 5) * 4);
    const scan = await embeddedScan(page, OPS, 1, (b, w, h) => (asked.push([b, w, h]), rgba));
    expect(asked).toEqual([[bitmap, 60, 85]]);
    expect(scan).toMatchObject({ page: 1, widthPt: 595, heightPt: 842, image: { width: 60, height: 85 } });
    expect(scan!.image.data[10 * 60 + 5]).toBeLessThan(64);
    expect(scan!.image.data[0]).toBeGreaterThan(200);
  });

  it('should still take plain RGB pixels as pdf.js decodes them in node', async () => {
    const data = new Uint8Array(60 * 85 * 3).fill(255);
    const scan = await embeddedScan(scannedPage({ width: 60, height: 85, kind: 2, data }), OPS, 2, () => {
      throw new Error('not a bitmap');
    });
    expect(scan?.image.width).toBe(60);
  });
});
