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
    for (const [r, g, b] of [
      [102, 0, 0],
      [123, 0, 4],
      [135, 0, 8],
    ]) expect(gray(r!, g!, b!)).toBeLessThan(140);
  });

  it('should leave grey and black print as its lightness', () => {
    expect(gray(30, 30, 30)).toBe(30);
    expect(gray(120, 120, 120)).toBe(120);
  });
});
