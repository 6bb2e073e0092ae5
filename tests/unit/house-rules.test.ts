import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * The rules a linter can state live in biome.jsonc (lib/ pure, browser from wxt/browser only, no default
 * exports outside entrypoints); `npm test` runs `biome ci` over the tree. This checks that the config
 * really says them: probe files that break each rule, linted with the project's config in a scratch folder.
 */
function lintProbe(files: Record<string, string>): { path: string; category: string }[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-lint-'));
  try {
    copyFileSync(path.join(ROOT, 'biome.jsonc'), path.join(dir, 'biome.jsonc'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/biome'), ['lint', '--vcs-enabled=false', '--reporter=json', '.'], { cwd: dir, encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
    return report.diagnostics
      .map((d) => ({ path: d.location.path, category: d.category }))
      .sort((a, b) => (a.path + a.category).localeCompare(b.path + b.category));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('house rules (developers’ guide: lib/ is pure, browser only from wxt/browser)', () => {
  it('the lint config rejects globals, WXT, Preact and extension APIs in lib/, the polyfill in entrypoints, default exports outside entrypoints', () => {
    const found = lintProbe({
      'lib/probe.ts':
        "import { storage } from 'wxt/utils/storage';\nimport { h } from 'preact';\nexport const f = () => [document.title, location.href, storage, h];\n",
      'entrypoints/popup/probe.ts': "import browser from 'webextension-polyfill';\nexport const g = () => browser.runtime.id;\n",
      'cli/probe.ts': 'export default 1;\n',
      'entrypoints/background.ts': 'export default 1;\n',
      'lib/clean.ts': 'export const pure = (doc: Document) => doc.title;\n',
    });
    expect(found).toEqual([
      { path: 'cli/probe.ts', category: 'lint/style/noDefaultExport' },
      { path: 'entrypoints/popup/probe.ts', category: 'lint/style/noRestrictedImports' },
      { path: 'lib/probe.ts', category: 'lint/style/noRestrictedGlobals' },
      { path: 'lib/probe.ts', category: 'lint/style/noRestrictedGlobals' },
      { path: 'lib/probe.ts', category: 'lint/style/noRestrictedImports' },
      { path: 'lib/probe.ts', category: 'lint/style/noRestrictedImports' },
    ]);
  });

  it('never takes over a browser page: WXT turns an entrypoint named history, newtab or bookmarks into chrome_url_overrides', () => {
    const names = readdirSync(path.join(ROOT, 'entrypoints')).map((n) => n.replace(/\.(html|tsx?)$/, ''));
    expect(names.filter((n) => ['history', 'newtab', 'bookmarks'].includes(n))).toEqual([]);
  });

  it('loads pdf.js and mammoth only in extension pages, never in the content script (they would weigh on every gov.cn page)', () => {
    const content = ['entrypoints/content', 'entrypoints/checker.content']
      .flatMap((d) => files(path.join(ROOT, d)))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(content).not.toMatch(/pdfjs-dist|mammoth|read-attachment/);
  });
});
