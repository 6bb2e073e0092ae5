import { describe, expect, it } from 'vitest';
import { pictureScale } from '../../../lib/ocr/picture-scale';

describe('pictureScale', () => {
  it.each([
    // image-tables.html's 表三: a screenshot at device scale 2 shown at 674 CSS px: 192 dpi, kept as it is
    [1348, 3538, 674, { widthPt: 505.5, heightPt: 1326.75, up: 1 }],
    // the same shown at its own pixels (96 dpi): drawn up to 200 dpi
    [674, 1769, 674, { widthPt: 505.5, heightPt: 1326.75, up: 200 / 96 }],
    // shown width unknown: its own pixels are taken as CSS px
    [800, 400, 0, { widthPt: 600, heightPt: 300, up: 200 / 96 }],
    // a 300 dpi scan of an A4 page shown 800 px wide: 298 dpi, kept
    [2480, 3508, 800, { widthPt: 600, heightPt: (600 * 3508) / 2480, up: 1 }],
    // a huge coarse picture is drawn up no further than 8000 px a side
    [6000, 1000, 6000, { widthPt: 4500, heightPt: 750, up: 8000 / 6000 }],
  ])('should read a %i×%i picture shown at %i px as %o', (w, h, shown, want) => {
    const got = pictureScale(w, h, shown);
    expect(got.widthPt).toBeCloseTo(want.widthPt, 6);
    expect(got.heightPt).toBeCloseTo(want.heightPt, 6);
    expect(got.up).toBeCloseTo(want.up, 6);
  });
});
