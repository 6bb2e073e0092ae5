import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildExtensionInBackground } from '../../scripts/build-extension';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { inTurn } from './builds-in-turn';
import { recordStatus, waitForStatus } from './status-file';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, '.output');
/** What the build came to: {"ok":true}, or {"ok":false,"error":"…"}; written when the build ends. */
const BUILD_STATUS = path.join(OUT, 'chrome-build-status.json');

/**
 * Makes sure Chromium is there, and builds the Chrome MV3 extension once for the end-to-end tests. With
 * hidden source maps (the bundles as `wxt build` makes them, a .map beside each): third-party.test.ts reads
 * the packages bundled from these maps instead of building the extension a second time. The build runs in
 * the background while the first test files run (the longest, the OCR property test among them, need no
 * extension); each e2e file waits for it (wait-for-build.ts, the e2e project's setup file). The teardown
 * waits for it too, and fails the run if it failed.
 */
export default function setup(): () => Promise<void> {
  ensureChromium();
  mkdirSync(OUT, { recursive: true });
  rmSync(BUILD_STATUS, { force: true });
  const built = recordStatus(
    BUILD_STATUS,
    inTurn(() => buildExtensionInBackground(OUT, 'hidden', path.join(OUT, 'chrome-build.log'))),
  );
  built.catch(() => undefined);
  return async () => {
    await built;
  };
}

/** In an e2e file (a worker process): waits for the globalSetup's build, and throws its error if it failed. */
export function extensionBuilt(timeoutMs = 1_500_000): Promise<void> {
  return waitForStatus(BUILD_STATUS, timeoutMs, 'tests/e2e/build-once.ts');
}
