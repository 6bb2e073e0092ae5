import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grayFromPixels, type GrayImage } from '../../../lib/ocr/gray-image';
import { inkBox, inkCrop } from '../../../lib/ocr/ink-crop';
import { ensureDebianTools } from '../../../scripts/ensure-debian-tools';

const SCAN = path.resolve(import.meta.dirname, '../../fixtures/pages/image-tables/scan-3.jpg');

/** A rectangle of tests/fixtures/pages/image-tables/scan-3.jpg (表四, scanner-like: turned 0.6°, blurred, JPEG noise) as gray pixels. */
function scanCell(w: number, h: number, x: number, y: number): GrayImage {
  ensureDebianTools({ convert: 'imagemagick' });
  const rgba = execFileSync('convert', [SCAN, '-crop', `${w}x${h}+${x}+${y}`, '+repage', '-depth', '8', 'rgba:-']);
  return grayFromPixels(rgba, w, h, 4);
}

/** A white picture with black rectangles drawn on it. */
function drawn(width: number, height: number, rects: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x, y, w, h] of rects) for (let r = y; r < y + h; r++) data.fill(0, r * width + x, r * width + x + w);
  return { width, height, data };
}

describe('inkBox', () => {
  it('should cut a real scanned cell to its figure: the “1” of 表四 行政复议 结果维持, not the cell’s lines', () => {
    // the cell as the reader cuts it, at its ruling lines (scan-3.jpg's cell 94×108 px at 3,379)
    const cell = scanCell(94, 108, 3, 379);
    expect(inkBox(cell)).toEqual({ x: 2, y: 36, w: 21, h: 31 });
    const cut = inkCrop(cell);
    expect([cut.width, cut.height]).toEqual([21, 31]);
    // the figure's dark stroke is in it
    expect(Math.min(...cut.data)).toBeLessThan(80);
  });

  it('should keep a figure standing against a line: the “0” of 表四 行政复议 总计', () => {
    expect(inkBox(scanCell(96, 110, 368, 378))).toEqual({ x: 0, y: 39, w: 20, h: 34 });
  });

  it.each([
    ['a blank cell', drawn(60, 40, []), { x: 0, y: 0, w: 60, h: 40 }],
    [
      'a cell of its ruling lines only',
      drawn(60, 40, [
        [0, 0, 60, 2],
        [0, 38, 60, 2],
        [0, 0, 2, 40],
        [58, 0, 2, 40],
      ]),
      { x: 0, y: 0, w: 60, h: 40 },
    ],
    ['a speck', drawn(60, 40, [[30, 20, 1, 2]]), { x: 0, y: 0, w: 60, h: 40 }],
    // a 10×20 figure at 25,10 in its lines: margin 5 (a quarter of its height)
    [
      'a figure in its lines',
      drawn(60, 40, [
        [0, 0, 60, 2],
        [0, 38, 60, 2],
        [0, 0, 2, 40],
        [58, 0, 2, 40],
        [25, 10, 10, 20],
      ]),
      { x: 20, y: 5, w: 20, h: 30 },
    ],
  ])('should give %s', (_, img, box) => {
    expect(inkBox(img)).toEqual(box);
  });

  it('should give the picture itself when it holds no print', () => {
    const blank = drawn(60, 40, []);
    expect(inkCrop(blank)).toBe(blank);
  });
});
