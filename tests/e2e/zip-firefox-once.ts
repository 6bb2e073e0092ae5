import { execFileSync } from 'node:child_process';
import { ensureFirefox } from '../../scripts/ensure-firefox';

/**
 * Makes sure Firefox is there, then zips the Firefox MV2 add-on once (`wxt zip -b firefox`), before the
 * Firefox tests: that builds .output/firefox-mv2 (the browser test and web-ext lint use it) and writes
 * the add-on and sources zips (the package test reads them), in one build.
 */
export default function setup(): void {
  ensureFirefox();
  try {
    execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'pipe', timeout: 240_000 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt zip -b firefox failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}
