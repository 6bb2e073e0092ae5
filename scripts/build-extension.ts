import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Builds the Chrome extension as `wxt build` does, into `outDir` (its `chrome-mv3` folder), with source maps:
 * `true` (the bundles point at them) or `'hidden'` (written beside the bundles, which do not name them, so
 * the extension runs as the one built without). The e2e suite's one build has hidden maps, so the test of
 * the bundled third-party packages reads that build instead of making another (tests/e2e/build-once.ts).
 * Through wxt's `build()` in a child node: `wxt build` takes no vite options.
 */
export function buildExtension(outDir: string, sourcemap: boolean | 'hidden'): void {
  // an ES module given on the command line resolves `wxt` from the working directory (no import.meta.resolve,
  // which vitest's module runner, where the e2e globalSetup runs, does not have)
  const script = `import { build } from 'wxt';\nawait build({ root: ${JSON.stringify(ROOT)}, outDir: ${JSON.stringify(outDir)}, vite: () => ({ build: { sourcemap: ${JSON.stringify(sourcemap)} } }) });\n`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}
