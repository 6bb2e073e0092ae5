import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The command-line checker as `npm run build:cli` bundles it and the package's `bin` runs it. */
export const BUILT_CLI = join(ROOT, 'dist/xxgk-audit.mjs');

/** What the bundle is made from: a source newer than the bundle means dist/ is stale. */
const SOURCES = ['cli', 'lib', 'vite.cli.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), info.mtimeMs);
}

/**
 * Builds dist/ when it is missing or older than its sources, so that the tests which run the CLI as a
 * child process run the code as it is now (npm ci builds it through `prepare`; an edit since does not).
 * A vitest globalSetup: it runs once before the tests, never while one of them runs the bundle.
 */
export function ensureBuiltCli(): void {
  const built = existsSync(BUILT_CLI) ? statSync(BUILT_CLI).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))))) return;
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      // the build `npm run build:cli` makes, not a test-mode one (vitest sets NODE_ENV=test)
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'pipe',
      timeout: 120_000,
    });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build:cli failed:\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}
