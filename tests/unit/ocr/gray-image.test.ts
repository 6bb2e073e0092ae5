import { describe, expect, it } from 'vitest';
import { grayFromPixels } from '../../../lib/ocr/gray-image';

// Pixels measured on tests/fixtures/scans/pdf-002-150.pdf, page 3 (the seal over 表四's last column lines).
describe('grayFromPixels', () => {
  const gray = (...rgb: number[]) => grayFromPixels(new Uint8Array(rgb), rgb.length / 3, 1, 3).data[0]!;

  it('should take a red seal and a blue signature for paper', () => {
    expect(gray(215, 35, 40)).toBe(255);
    // a seal stroke's edge, its colour averaged with the paper's by JPEG
    expect(gray(151, 62, 64)).toBeGreaterThan(190);
    expect(gray(30, 60, 160)).toBeGreaterThan(200);
  });

  it('should keep black print dark where a seal crosses it (JPEG bleeds the red over the black)', () => {
    // a column line down through a seal's stroke: black, the crossing as measured, black again
    const line = [30, 30, 30, 102, 0, 0, 123, 0, 4, 135, 0, 8, 30, 30, 30];
    // (the page's ink threshold is 180–187 on these scans)
    expect([...grayFromPixels(new Uint8Array(line), 1, 5, 3).data]).toEqual([30, 102, 123, 135, 30]);
    expect([...grayFromPixels(new Uint8Array(line), 5, 1, 3).data]).toEqual([30, 102, 123, 135, 30]);
  });

  it('should leave the same dark red paper when it touches no black print (a seal’s JPEG ringing)', () => {
    expect(gray(135, 0, 8)).toBeGreaterThan(190);
    expect(grayFromPixels(new Uint8Array([255, 255, 255, 135, 0, 8, 215, 35, 40]), 3, 1, 3).data[1]).toBeGreaterThan(190);
    // (dark fringe that does touch print is taken as ink with it: a figure read with such a stub, 6-, is read
    // among the digits alone and left to the sums — scan-page.ts FIGURE_LIKE)
  });

  it('should leave grey and black print as its lightness', () => {
    expect(gray(30, 30, 30)).toBe(30);
    expect(gray(120, 120, 120)).toBe(120);
  });
});
