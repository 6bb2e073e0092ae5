import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildExtensionInBackground } from '../../scripts/build-extension';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { inTurn } from './builds-in-turn';

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
  const built = inTurn(() => buildExtensionInBackground(OUT, 'hidden', path.join(OUT, 'chrome-build.log'))).then(
    () => writeFileSync(BUILD_STATUS, JSON.stringify({ ok: true })),
    (e: Error) => {
      writeFileSync(BUILD_STATUS, JSON.stringify({ ok: false, error: e.message }));
      throw e;
    },
  );
  built.catch(() => undefined);
  return async () => {
    await built;
  };
}

/** In an e2e file (a worker process): waits for the globalSetup's build, and throws its error if it failed. */
export async function extensionBuilt(timeoutMs = 1_500_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(BUILD_STATUS)) {
    if (Date.now() > until) throw new Error(`no ${path.relative(ROOT, BUILD_STATUS)} after ${timeoutMs / 1000} s: is tests/e2e/build-once.ts the globalSetup?`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const status = JSON.parse(readFileSync(BUILD_STATUS, 'utf8')) as { ok: boolean; error?: string };
  if (!status.ok) throw new Error(status.error);
}
