import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureFirefox } from '../../scripts/ensure-firefox';
import { inTurn } from './builds-in-turn';
import { recordStatus, waitForStatus } from './status-file';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What the zip came to: {"ok":true}, or {"ok":false,"error":"…"}; written when `wxt zip -b firefox` ends. */
export const ZIP_STATUS = path.join(ROOT, '.output/firefox-zip-status.json');
const ZIP_LOG = path.join(ROOT, '.output/firefox-zip.log');

function zip(): Promise<void> {
  mkdirSync(path.dirname(ZIP_LOG), { recursive: true });
  const log = openSync(ZIP_LOG, 'w');
  return new Promise((resolve, reject) => {
    // output to a file, not a pipe: the main process may be busy in a synchronous step while this runs
    const child = spawn('npx', ['wxt', 'zip', '-b', 'firefox'], { cwd: ROOT, stdio: ['ignore', log, log] });
    const timer = setTimeout(() => child.kill(), 1_200_000);
    const end = (error: string | null) => {
      clearTimeout(timer);
      if (error === null) resolve();
      else reject(new Error(error));
    };
    child.on('error', (e) => end(`wxt zip -b firefox did not start: ${e.message}`));
    child.on('exit', (code, signal) =>
      end(code === 0 ? null : `wxt zip -b firefox failed (${signal ?? code}):\n${readFileSync(ZIP_LOG, 'utf8').slice(-4000)}`),
    );
  });
}

/**
 * Makes sure Firefox is there, then zips the Firefox MV2 add-on once (`wxt zip -b firefox`) for the Firefox
 * tests: that builds .output/firefox-mv2 (the browser test and web-ext lint use it) and writes the add-on and
 * sources zips (the package test reads them), in one build. The zip runs in the background after the Chrome
 * build (never beside it: both write .wxt/), while the other projects' tests run; the Firefox files wait for
 * it (firefoxZipped). The teardown waits for it too, and fails the run if it failed.
 */
export default function setup(): () => Promise<void> {
  ensureFirefox();
  rmSync(ZIP_STATUS, { force: true });
  const zipped = recordStatus(ZIP_STATUS, inTurn(zip));
  zipped.catch(() => undefined);
  return async () => {
    await zipped;
  };
}

/** In a Firefox test file (a worker process): waits for the globalSetup's zip, and throws its error if it failed. */
export function firefoxZipped(timeoutMs = 2_700_000): Promise<void> {
  return waitForStatus(ZIP_STATUS, timeoutMs, 'tests/e2e/zip-firefox-once.ts');
}
