import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { importSites, resolveSpecifier, ROOT, sourceFiles } from './import-graph';

/**
 * `npx tsx scripts/move-module.ts <from.ts> <to.ts>`: moves a module with `git mv` and rewrites every
 * import of it (lib, shells, CLI, tests, scripts, bench) and its own relative imports. `@/` imports stay
 * `@/`, relative ones stay relative; `#lib/<stage>` imports are left to scripts/rewrite-imports.ts.
 */

const FOLDERS = ['lib', 'entrypoints', 'components', 'utils', 'cli', 'tests', 'scripts', 'bench'];

function relativeSpecifier(fromFile: string, target: string): string {
  const rel = relative(dirname(join(ROOT, fromFile)), join(ROOT, target)).replace(/\.tsx?$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function rewrite(file: string, newPathOf: (absolute: string) => string | null, base: string = file): void {
  const path = join(ROOT, file);
  const source = readFileSync(path, 'utf8');
  let out = source;
  for (const site of importSites(source).reverse()) {
    if (site.specifier.startsWith('#')) continue;
    const target = resolveSpecifier(base, site.specifier);
    if (!target) continue;
    const moved = newPathOf(target);
    if (moved === null) continue;
    const spec = site.specifier.startsWith('@/') ? `@/${moved.replace(/\.tsx?$/, '')}` : relativeSpecifier(file, moved);
    if (spec === site.specifier) continue;
    const text = site.text.replace(`'${site.specifier}'`, `'${spec}'`).replace(`"${site.specifier}"`, `"${spec}"`);
    out = out.slice(0, site.index) + text + out.slice(site.index + site.text.length);
  }
  if (out !== source) writeFileSync(path, out);
}

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error('usage: tsx scripts/move-module.ts <from.ts> <to.ts>');
const fromAbs = join(ROOT, from);
// the importers first, while the old path still resolves
for (const folder of FOLDERS) for (const file of sourceFiles(folder)) if (file !== from) rewrite(file, (t) => (t === fromAbs ? to : null));
execFileSync('git', ['mv', from, to], { cwd: ROOT });
// the moved file's own imports: resolved from where it was, written from where it is
rewrite(to, (t) => relative(ROOT, t), from);
console.log(`${from} → ${to}`);
