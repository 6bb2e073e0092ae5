import path from 'node:path';
import { buildExtension } from '../../scripts/build-extension';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { inTurn } from './builds-in-turn';

/**
 * Makes sure Chromium is there, and builds the Chrome MV3 extension once, before the end-to-end tests. With
 * hidden source maps (the bundles as `wxt build` makes them, a .map beside each): third-party.test.ts reads
 * the packages bundled from these maps instead of building the extension a second time.
 */
export default async function setup(): Promise<void> {
  ensureChromium();
  try {
    await inTurn(() => buildExtension(path.resolve(import.meta.dirname, '../../.output'), 'hidden'));
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer; message?: string };
    throw new Error(`wxt build failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? e.message ?? ''}`);
  }
}
