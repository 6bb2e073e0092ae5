import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * How a globalSetup's background job (the Chrome build, the Firefox zip) tells the test files in other
 * processes what it came to: it writes {"ok":true} or {"ok":false,"error":"…"} to `file` when `job` ends.
 * The returned promise settles as `job` does, so the teardown can still fail the run.
 */
export function recordStatus(file: string, job: Promise<void>): Promise<void> {
  return job.then(
    () => writeFileSync(file, JSON.stringify({ ok: true })),
    (e: Error) => {
      writeFileSync(file, JSON.stringify({ ok: false, error: e.message }));
      throw e;
    },
  );
}

/** In a test file (a worker process): waits for `file` from `setup`'s job, and throws its error if it failed. */
export async function waitForStatus(file: string, timeoutMs: number, setup: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`no ${path.relative(ROOT, file)} after ${timeoutMs / 1000} s: is ${setup} the globalSetup?`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const status = JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; error?: string };
  if (!status.ok) throw new Error(status.error);
}
