import type { Browser } from 'playwright-core';

/**
 * Renders the icon's SVG (assets/icon/icon.svg, drawn on a 128 grid) to a PNG of `size` px with the
 * artwork `artwork` px wide in the middle and the rest transparent: the Chrome Web Store asks for the
 * 128×128 icon as 96×96 artwork inside 16 px of padding; the toolbar sizes use the whole square.
 */
export async function renderIcon(browser: Browser, svg: string, size: number, artwork: number, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const pad = (size - artwork) / 2;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}#i{width:${size}px;height:${size}px;padding:${pad}px;box-sizing:border-box}#i svg{display:block}</style>` +
        `<div id="i">${svg.replace('width="128" height="128"', `width="${artwork}" height="${artwork}"`)}</div>`,
    );
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}

/** The artwork size of each toolbar/store icon size: 128 gets the store's padding, the others none. */
export const iconArtwork = (size: number): number => (size === 128 ? 96 : size);
