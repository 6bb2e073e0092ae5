/**
 * Renders assets/icon/icon.svg to the toolbar and store icons public/icon/{16,32,48,128}.png (WXT's
 * convention: it lists them in the manifest's icons and action.default_icon). Chromium draws the SVG, so
 * no image tool or download is needed. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from './chromium';

const svg = readFileSync(path.join(ROOT, 'assets/icon/icon.svg'), 'utf8');
const out = path.join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}`,
    );
    await page.locator('svg').screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
  }
} finally {
  await browser.close();
}
