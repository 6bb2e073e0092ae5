import { describe, expect, it } from 'vitest';
import { pageShift } from '../../../lib/ocr/read-scan';

// column lines of 表三 on two pages of the 150 dpi scan of pingtan-hzs-2024 (PDF points), as measured
const PAGE3 = [46.1, 82.6, 126.4, 298.1, 332.7, 367.2, 401.8, 443.6, 481.9, 516.5, 550.6];
const PAGE4 = [48.9, 85.8, 129.4, 300.9, 335.5, 370.0, 404.6, 446.7, 484.7, 519.3, 553.8, 45.1, 216.0, 558.0].sort((a, b) => a - b);

describe('pageShift: a scanned sheet fed a little off, moved onto the page before', () => {
  it('should find the 3 pt a sheet sits to the right of the one before, from the lines they share', () => {
    const d = pageShift(PAGE3, PAGE4);
    expect(d).toBeGreaterThan(-3.3);
    expect(d).toBeLessThan(-2.7);
  });

  it('should not move a page whose lines do not line up with the page before', () => {
    expect(pageShift(PAGE3, [45.1, 216.0, 558.0])).toBe(0);
    expect(
      pageShift(
        PAGE3,
        PAGE3.map((x) => x * 1.3),
      ),
    ).toBe(0);
    // further than a feed goes astray
    expect(
      pageShift(
        PAGE3,
        PAGE3.map((x) => x + 20),
      ),
    ).toBe(0);
  });
});
