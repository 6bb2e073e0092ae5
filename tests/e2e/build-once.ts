import { execFileSync } from 'node:child_process';
import { ensureChromium } from '../../scripts/ensure-chromium';

/** Makes sure Chromium is there, and builds the Chrome MV3 extension once, before the end-to-end tests. */
export default function setup(): void {
  ensureChromium();
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe', timeout: 180_000 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}
