import { execFileSync, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * A net for a stuck build, not a measure: 11 s on a quiet machine, but at a load of 30 on the two cores (three
 * Stryker runs and two CI runs at once) the e2e build passed 300 s and was killed, failing the whole run.
 */
const BUILD_NET_MS = 1_200_000;

/**
 * Builds the Chrome extension as `wxt build` does, into `outDir` (its `chrome-mv3` folder), with source maps:
 * `true` (the bundles point at them) or `'hidden'` (written beside the bundles, which do not name them, so
 * the extension runs as the one built without). The e2e suite's one build has hidden maps, so the test of
 * the bundled third-party packages reads that build instead of making another (tests/e2e/build-once.ts).
 * Through wxt's `build()` in a child node: `wxt build` takes no vite options.
 */
export function buildExtension(outDir: string, sourcemap: boolean | 'hidden'): void {
  execFileSync(process.execPath, ['--input-type=module', '-e', buildScript(outDir, sourcemap)], { cwd: ROOT, stdio: 'pipe', timeout: BUILD_NET_MS });
}

/**
 * buildExtension without holding up the caller: the e2e globalSetup builds while the first test files run. Its
 * output goes to `log`, a file, not a pipe (the caller may be busy in a synchronous step meanwhile); rejects
 * with the end of that log when the build fails.
 */
export function buildExtensionInBackground(outDir: string, sourcemap: boolean | 'hidden', log: string): Promise<void> {
  const fd = openSync(log, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', buildScript(outDir, sourcemap)], { cwd: ROOT, stdio: ['ignore', fd, fd] });
    const timer = setTimeout(() => child.kill(), BUILD_NET_MS);
    child.on('error', (e) => (clearTimeout(timer), reject(new Error(`wxt build did not start: ${e.message}`))));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`wxt build failed (${signal ?? code}):\n${readFileSync(log, 'utf8').slice(-4000)}`));
    });
  });
}

// an ES module given on the command line resolves `wxt` from the working directory (no import.meta.resolve,
// which vitest's module runner, where the e2e globalSetup runs, does not have)
const buildScript = (outDir: string, sourcemap: boolean | 'hidden') =>
  `import { build } from 'wxt';\nawait build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)}, vite: () => ({ build: { sourcemap: ${JSON.stringify(sourcemap)} } }) });\n`;
