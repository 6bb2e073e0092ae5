/**
 * Renders assets/icon/icon.svg to the toolbar and store icons public/icon/{16,32,48,128}.png (WXT's
 * convention: it lists them in the manifest's icons and action.default_icon). The 128 px icon is 96 px of
 * artwork inside 16 px of transparent padding, as the Chrome Web Store asks (its listing shows the
 * manifest's 128 px icon). Chromium draws the SVG, so no image tool or download is needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from './chromium';
import { iconArtwork, renderIcon } from './icon-png';

const svg = readFileSync(path.join(ROOT, 'assets/icon/icon.svg'), 'utf8');
const out = path.join(ROOT, 'public/icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
try {
  for (const size of [16, 32, 48, 128]) await renderIcon(browser, svg, size, iconArtwork(size), path.join(out, `${size}.png`));
} finally {
  await browser.close();
}
