import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../scripts/chromium';
import { makeStoreAssets } from '../../scripts/store-assets';
import { pngSize, STORE_IMAGE_SIZES } from '../../scripts/store-image-sizes';
import { ARTIFACTS, ROOT } from './harness';

/**
 * The store listing images made again from the built extension (scripts/store-assets.ts, as
 * `npm run store-assets` makes the committed ones in assets/store/), into e2e-artifacts/store/: the
 * extension must check the bundled sample as the pictures say, every image must have the size its store
 * slot requires, and the set made must be the set committed.
 */
describe('the store listing images', () => {
  it('should be made from the extension on the bundled sample, at the sizes the stores require, as committed', async () => {
    const out = path.join(ARTIFACTS, 'store');
    rmSync(out, { recursive: true, force: true });
    const { images, seen } = await makeStoreAssets(out);

    // what the pictures show is what the extension did on the sample (and on the PDF in the viewer)
    // (the verdict's words are the popup's to choose; its counts are the sample's: 5 errors, 3 warnings, 4 notes)
    for (const lang of ['zh', 'en'] as const) {
      expect(seen[lang].badge).toBe('5');
      expect(seen[lang].verdict).toMatch(/5\D+3\D+4/);
      // (七)总计·自然人 10 against its 21 addends: 22 cells outlined
      expect(seen[lang].outlined).toBe(22);
      expect(seen[lang].viewerVerdict).toMatch(/^\D*2\D/);
    }

    for (const { kind, file } of images) {
      const [width, height] = STORE_IMAGE_SIZES[kind];
      expect(pngSize(readFileSync(file)), file).toEqual({ width, height });
    }
    const listed = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'images.json'), 'utf8'));
    expect(listed(out)).toEqual(listed(path.join(ROOT, 'assets/store')));
    expect(images.map((i) => path.relative(out, i.file)).sort()).toEqual(
      listed(out)
        .map((i: { file: string }) => i.file)
        .sort(),
    );

    // the 128 px icon: 16 px of transparent padding all round, the artwork inside
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const png = readFileSync(path.join(out, 'icon-128.png')).toString('base64');
      const alpha = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const canvas = new OffscreenCanvas(img.width, img.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let ring = 0;
        let inside = 0;
        for (const [k, a] of data.entries()) {
          if (k % 4 !== 3) continue; // RGBA: the alpha byte of each pixel, row by row
          const x = (k >> 2) % img.width;
          const y = Math.floor(k / 4 / img.width);
          const edge = Math.min(x, y, img.width - 1 - x, img.height - 1 - y);
          if (edge < 16) ring = Math.max(ring, a);
          else if (a > 0) inside++;
        }
        return { ring, inside };
      }, png);
      expect(alpha.ring).toBe(0);
      // the artwork: icon.svg's rounded square, 120/128 of the 96 px (90 px) with corners of radius 17
      expect(alpha.inside).toBeGreaterThan(90 * 90 - 4 * (17 * 17 - (Math.PI * 17 * 17) / 4) - 100);
      expect(alpha.inside).toBeLessThanOrEqual(96 * 96);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
