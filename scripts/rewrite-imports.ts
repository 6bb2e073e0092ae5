import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { edges, importSites, inLib, LIB, ROOT, SHELL_FOLDERS, sourceFiles, resolveSpecifier, stageOf, type ImportSite } from './import-graph';

/**
 * `npm run rewrite-imports`: puts the shells (entrypoints/, components/, utils/) and the CLI (cli/) behind
 * lib's front door, and can be rerun at any time (after a merge that brought new deep imports, say).
 *
 * 1. package.json `imports`: `#lib/<stage>` → `lib/<stage>/index.ts`, and each file at lib/'s top
 *    (`#lib/pipeline` → `lib/pipeline.ts`). Node, TypeScript, Vite/Vitest, WXT and tsx all read this map,
 *    where WXT's `@/` alias is known to WXT's tsconfig only.
 * 2. Each stage's index.ts gains a re-export for every name a shell takes from inside the stage (a
 *    file a shell loads with `import()` is re-exported whole). Re-exports already there are kept.
 * 3. Every shell import of a lib file becomes one import from `#lib/<stage>` per stage and file; an
 *    import of types only stays `import type`, so that no stage is loaded for its types.
 */

const STAGE_INDEX = 'index.ts';

/** Files written, formatted at the end (a merged import may outgrow one line). */
const touched: string[] = [];

interface Need {
  names: Map<string, boolean>; // name → type only
  whole: boolean;
}

function ensureImportsMap(): void {
  const path = join(ROOT, 'package.json');
  const text = readFileSync(path, 'utf8');
  const pkg = JSON.parse(text) as Record<string, unknown>;
  const imports: Record<string, string> = {};
  for (const file of sourceFiles('lib').filter((path) => !path.slice(4).includes('/'))) imports[`#lib/${topName(file)}`] = `./${file}`;
  imports['#lib/*'] = `./lib/*/${STAGE_INDEX}`;
  if (JSON.stringify(pkg.imports) === JSON.stringify(imports)) return;
  // keep the key order of package.json: `imports` goes right after `bin`
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pkg)) {
    if (k === 'imports') continue;
    out[k] = v;
    if (k === 'bin') out.imports = imports;
  }
  if (!('imports' in out)) out.imports = imports;
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
}

/** `lib/pipeline.ts` → `pipeline` */
function topName(file: string): string {
  return file.slice(4).replace(/\.tsx?$/, '');
}

/** The face a lib file is reached through. */
function faceOf(libFile: string): string {
  return `#lib/${stageOf(libFile)}`;
}

const isTopFile = (libFile: string) => !relative(LIB, libFile).includes('/');

/** What the shells take from each stage's files: stage → file → names. */
function needs(): Map<string, Map<string, Need>> {
  const out = new Map<string, Map<string, Need>>();
  for (const e of edges(SHELL_FOLDERS)) {
    const target = join(ROOT, e.to);
    if (!inLib(target) || isTopFile(target) || e.site.specifier.startsWith('#')) continue;
    const stage = stageOf(target);
    if (relative(join(LIB, stage), target) === STAGE_INDEX) continue;
    const files = out.get(stage) ?? new Map<string, Need>();
    out.set(stage, files);
    const need = files.get(e.to) ?? { names: new Map(), whole: false };
    files.set(e.to, need);
    if (e.site.kind === 'dynamic' || (e.site.names.length === 0 && e.site.kind === 'static')) need.whole = true;
    for (const n of e.site.names) {
      const typeOnly = e.site.typeOnly || n.type;
      need.names.set(n.name, (need.names.get(n.name) ?? true) && typeOnly);
    }
  }
  return out;
}

/** Names an index already exports (re-exported or declared), and its re-export statements by file. */
function existingExports(indexPath: string, source: string) {
  const exported = new Set<string>();
  const wholeFiles = new Set<string>();
  const reexports: { site: ImportSite; file: string }[] = [];
  for (const site of importSites(source)) {
    if (site.kind !== 'export') continue;
    const file = resolveSpecifier(relative(ROOT, indexPath), site.specifier);
    if (!file) continue;
    reexports.push({ site, file: relative(ROOT, file) });
    if (site.names.length === 0) wholeFiles.add(relative(ROOT, file));
    for (const n of site.names) exported.add(n.alias ?? n.name);
  }
  for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:const|let|function\*?|async function|class|type|interface|enum)\s+([\w$]+)/gm))
    exported.add(m[1]!);
  return { exported, wholeFiles, reexports };
}

/** `./pdf/open-pdf` from lib/extract/index.ts */
function specifierFrom(indexPath: string, file: string): string {
  const rel = relative(join(indexPath, '..'), join(ROOT, file)).replace(/\.tsx?$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function namesList(names: [string, boolean][], allTypes: boolean): string {
  return names.map(([n, t]) => (t && !allTypes ? `type ${n}` : n)).join(', ');
}

/** One re-export statement per file, types-only ones as `export type`. */
function reexportLine(indexPath: string, file: string, names: Map<string, boolean>, whole: boolean): string {
  const spec = specifierFrom(indexPath, file);
  if (whole) return `export * from '${spec}';`;
  const list = [...names].sort(([a], [b]) => a.localeCompare(b));
  const allTypes = list.every(([, t]) => t);
  return `export ${allTypes ? 'type ' : ''}{ ${namesList(list, allTypes)} } from '${spec}';`;
}

function updateIndex(stage: string, files: Map<string, Need>): void {
  const indexPath = join(LIB, stage, STAGE_INDEX);
  const source = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
  const { exported, wholeFiles, reexports } = existingExports(indexPath, source);
  // merge what is re-exported now with what the shells need
  const merged = new Map<string, Need>();
  for (const { site, file } of reexports) {
    const need = merged.get(file) ?? { names: new Map(), whole: false };
    merged.set(file, need);
    if (site.names.length === 0) need.whole = true;
    for (const n of site.names) need.names.set(n.name, site.typeOnly || n.type);
  }
  const fileOfName = new Map<string, string>();
  for (const { site, file } of reexports) for (const n of site.names) fileOfName.set(n.alias ?? n.name, file);
  let changed = false;
  for (const [file, need] of files) {
    for (const name of need.names.keys()) {
      const other = fileOfName.get(name);
      if (other && other !== file) throw new Error(`lib/${stage}: '${name}' is exported by ${other} and ${file}; rename one`);
      fileOfName.set(name, file);
    }
    const into = merged.get(file) ?? { names: new Map(), whole: false };
    if (need.whole && !into.whole && !wholeFiles.has(file)) {
      into.whole = true;
      changed = true;
    }
    for (const [name, type] of need.names) {
      if (exported.has(name) || into.whole) continue;
      into.names.set(name, type);
      changed = true;
    }
    merged.set(file, into);
  }
  if (!changed && source) return;
  const lines = [...merged]
    .filter(([, need]) => need.whole || need.names.size > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, need]) => reexportLine(indexPath, file, need.names, need.whole));
  let rest = source;
  for (const { site } of [...reexports].sort((a, b) => b.site.index - a.site.index))
    rest = rest.slice(0, site.index) + rest.slice(site.index + site.text.length).replace(/^\n/, '');
  const header = `/** lib/${stage}: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */\n`;
  const body = rest.trim() ? `${rest.trimEnd()}\n\n${lines.join('\n')}\n` : `${header}${lines.join('\n')}\n`;
  writeFileSync(indexPath, body);
  touched.push(relative(ROOT, indexPath));
  console.log(`${relative(ROOT, indexPath)}: ${lines.length} re-export lines`);
}

/** Rewrites one shell file's lib imports to `#lib/<stage>`, one statement per stage. */
function rewriteFile(file: string): boolean {
  const path = join(ROOT, file);
  const source = readFileSync(path, 'utf8');
  const sites = importSites(source).filter((s) => {
    const target = resolveSpecifier(file, s.specifier);
    return target !== null && inLib(target) && !s.specifier.startsWith('#');
  });
  if (sites.length === 0) return false;
  const edits: { index: number; length: number; text: string }[] = [];
  const groups = new Map<string, ImportSite[]>();
  for (const site of sites) {
    const face = faceOf(resolveSpecifier(file, site.specifier)!);
    if (site.kind === 'dynamic') {
      edits.push({ index: site.index, length: site.text.length, text: site.text.replace(site.specifier, face) });
      continue;
    }
    if (site.kind === 'export' || site.names.length === 0) throw new Error(`${file}: '${site.text}' is not a named import; rewrite it by hand`);
    groups.set(face, [...(groups.get(face) ?? []), site]);
  }
  // imports of the same face already in the file (`#lib/x`) join the group
  for (const site of importSites(source))
    if (site.kind === 'static' && site.specifier.startsWith('#lib/') && groups.has(site.specifier)) groups.get(site.specifier)!.push(site);
  for (const [face, group] of groups) {
    group.sort((a, b) => a.index - b.index);
    const names = new Map<string, { type: boolean; alias?: string }>();
    for (const site of group)
      for (const n of site.names) {
        const key = n.alias ? `${n.name} as ${n.alias}` : n.name;
        const type = site.typeOnly || n.type;
        names.set(key, { type: (names.get(key)?.type ?? true) && type });
      }
    const list = [...names].map(([k, v]) => [k, v.type] as [string, boolean]);
    const allTypes = list.every(([, t]) => t);
    const text = `import ${allTypes ? 'type ' : ''}{ ${namesList(list, allTypes)} } from '${face}';`;
    group.forEach((site, i) => {
      // the merged statement takes the first one's place; the others go with their line break
      const removeBreak = i > 0 && source[site.index + site.text.length] === '\n' ? 1 : 0;
      edits.push({ index: site.index, length: site.text.length + removeBreak, text: i === 0 ? text : '' });
    });
  }
  let out = source;
  for (const e of edits.sort((a, b) => b.index - a.index)) out = out.slice(0, e.index) + e.text + out.slice(e.index + e.length);
  if (out === source) return false;
  writeFileSync(path, out);
  touched.push(file);
  return true;
}

ensureImportsMap();
for (const [stage, files] of needs()) updateIndex(stage, files);
let rewritten = 0;
for (const folder of SHELL_FOLDERS) for (const file of sourceFiles(folder)) if (rewriteFile(file)) rewritten++;
if (touched.length) execFileSync('npx', ['biome', 'format', '--write', ...touched], { cwd: ROOT, stdio: 'inherit' });
console.log(`${rewritten} shell and CLI files now import lib through #lib/<stage>`);
