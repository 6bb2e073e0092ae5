import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  importSites,
  inLib,
  LIB,
  OUTSIDE_FOLDERS,
  partOf,
  ROOT,
  resolveSpecifier,
  sourceFiles,
  STAGES,
  STAGE_RANK,
  stageOf,
  type ImportSite,
} from './import-graph';

/**
 * `npm run rewrite-imports`: puts the outside of lib (the shells, the CLI, scripts/ and bench/) behind lib's
 * stage faces, and can be rerun at any time (after a merge that brought a deep import or an old
 * `#lib/<folder>` one, say).
 *
 * 1. package.json `imports`: `#lib/<stage>` → `lib/<stage>/index.ts`, one entry per stage of STAGES
 *    (scripts/import-graph.ts) and nothing else, so that any other `#lib/…` fails to resolve in every tool.
 * 2. Each stage's face re-exports its parts' faces whole (`export * from '../rules'`; a part is a lib folder,
 *    whose face is its index.ts, or a file at lib's top).
 * 3. A part's face gains a re-export for every name the outside takes from inside the part (a file loaded
 *    with `import()` is re-exported whole). Re-exports already there are kept.
 * 4. Every outside import of lib becomes one import from `#lib/<stage>` per stage: a deep path, an old
 *    `#lib/<folder>` and a name a face re-exports from another stage all go to the name's own stage. An
 *    import of types only stays `import type`, so that no stage is loaded for its types.
 */

const INDEX = 'index.ts';

/** Files written, formatted at the end (a merged import may outgrow one line). */
const touched: string[] = [];

/** The face of a part: a folder's index.ts, or the top file itself (absolute). */
function partFace(libFile: string): string {
  const part = partOf(libFile);
  return part.endsWith('.ts') ? join(LIB, part) : join(LIB, part, INDEX);
}

const stageFace = (stage: string) => join(LIB, stage, INDEX);

const isFace = (libFile: string) => libFile === stageFace(stageOf(libFile)) || libFile === partFace(libFile);

function ensureImportsMap(): void {
  const path = join(ROOT, 'package.json');
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const imports = Object.fromEntries(STAGES.map(({ stage }) => [`#lib/${stage}`, `./lib/${stage}/${INDEX}`]));
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

/** Each stage face re-exports every part that has a face, in STAGES order, after what it declares itself. */
function ensureStageFaces(): void {
  for (const { stage, parts, holds } of STAGES) {
    const path = stageFace(stage);
    const source = existsSync(path)
      ? readFileSync(path, 'utf8')
      : `/** #lib/${stage}, the ${stage} stage’s face: ${holds} — its parts whole (STAGES in scripts/import-graph.ts). */\n`;
    const missing = parts
      .filter((p) => p !== stage && existsSync(p.endsWith('.ts') ? join(LIB, p) : join(LIB, p, INDEX)))
      .map((p) => `export * from '../${p.replace(/\.ts$/, '')}';`)
      .filter((line) => !source.includes(line));
    if (missing.length === 0 && existsSync(path)) continue;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, `${source.trimEnd()}\n${missing.join('\n')}\n`);
    touched.push(relative(ROOT, path));
  }
}

/** What one import site takes from lib: each name with the file that defines it (as far as faces say). */
interface Taken {
  /** empty for a whole-module import (`import()`) */
  names: { name: string; alias?: string; type: boolean; file: string }[];
  whole?: string;
}

/** A lib file a specifier names: a path, a stage face, or an old `#lib/<folder>` face. */
function targetOf(file: string, specifier: string): string | null {
  const old = /^#lib\/([\w-]+)$/.exec(specifier);
  if (old && !STAGE_RANK.has(old[1]!)) {
    for (const path of [join(LIB, old[1]!, INDEX), join(LIB, `${old[1]}.ts`)]) if (existsSync(path)) return path;
    return null;
  }
  const deep = /^#lib\/(.+)$/.exec(specifier);
  if (deep) return resolveSpecifier(file, `@/lib/${deep[1]}`);
  const target = resolveSpecifier(file, specifier);
  return target && inLib(target) ? target : null;
}

/** The file a face's named re-export of `name` comes from (followed through faces), else the face itself. */
function definingFile(face: string, name: string, seen = new Set<string>()): string {
  if (seen.has(face) || !isFace(face)) return face;
  seen.add(face);
  for (const site of importSites(readFileSync(face, 'utf8'))) {
    if (site.kind !== 'export') continue;
    const n = site.names.find((x) => (x.alias ?? x.name) === name);
    const from = resolveSpecifier(relative(ROOT, face), site.specifier);
    if (n && from) return definingFile(from, n.name, seen);
  }
  return face;
}

const DECLARED = (name: string) =>
  new RegExp(`^export\\s+(?:declare\\s+)?(?:const|let|function\\*?|async function|class|type|interface|enum)\\s+${name}\\b`, 'm');

/**
 * Where a name a face does not name comes from, looking through every part's face: a face that named it
 * once may have lost it to another stage (after a merge, say). The face itself when no face knows it.
 */
function anyFaceFile(name: string, face: string): string {
  const faces = STAGES.flatMap((s) => s.parts.map((p) => (p.endsWith('.ts') ? join(LIB, p) : join(LIB, p, INDEX)))).filter((f) => existsSync(f));
  for (const f of faces) {
    const source = readFileSync(f, 'utf8');
    if (DECLARED(name).test(source)) return f;
    for (const site of importSites(source)) {
      if (site.kind !== 'export') continue;
      const from = resolveSpecifier(relative(ROOT, f), site.specifier);
      if (!from) continue;
      if (site.names.some((n) => (n.alias ?? n.name) === name)) return definingFile(f, name);
      if (site.names.length === 0 && DECLARED(name).test(readFileSync(from, 'utf8'))) return from;
    }
  }
  return face;
}

function taken(file: string, site: ImportSite, target: string): Taken {
  if (site.kind === 'dynamic') return { names: [], whole: target };
  if (site.kind === 'export' || site.names.length === 0) throw new Error(`${file}: '${site.text}' is not a named import; rewrite it by hand`);
  const fileOf = (name: string) => {
    const found = definingFile(target, name);
    return found === target && target === join(LIB, stageOf(target), INDEX) ? anyFaceFile(name, target) : found;
  };
  return { names: site.names.map((n) => ({ ...n, type: site.typeOnly || n.type, file: fileOf(n.name) })) };
}

/** Part face → file → the names (type only?) the outside takes from that file, or the whole file. */
const needs = new Map<string, Map<string, { names: Map<string, boolean>; whole: boolean }>>();

function need(libFile: string, name: string | null, type: boolean): void {
  if (isFace(libFile)) return;
  const face = partFace(libFile);
  const files = needs.get(face) ?? new Map();
  needs.set(face, files);
  const n = files.get(libFile) ?? { names: new Map(), whole: false };
  files.set(libFile, n);
  if (name === null) n.whole = true;
  else n.names.set(name, (n.names.get(name) ?? true) && type);
}

function namesList(names: [string, boolean][], allTypes: boolean): string {
  return names.map(([n, t]) => (t && !allTypes ? `type ${n}` : n)).join(', ');
}

/** Rewrites one outside file's lib imports to one `#lib/<stage>` import per stage. */
function rewriteFile(file: string): void {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const sites = importSites(source)
    .map((site) => ({ site, target: targetOf(file, site.specifier) }))
    .filter((s): s is { site: ImportSite; target: string } => s.target !== null);
  const edits: { index: number; length: number; text: string }[] = [];
  type Group = { sites: ImportSite[]; names: Map<string, boolean> };
  const groups = new Map<string, Group>();
  for (const { site, target } of sites) {
    const t = taken(file, site, target);
    if (t.whole) {
      need(t.whole, null, false);
      const face = `#lib/${stageOf(t.whole)}`;
      if (face !== site.specifier) edits.push({ index: site.index, length: site.text.length, text: site.text.replace(site.specifier, face) });
      continue;
    }
    for (const n of t.names) {
      need(n.file, n.name, n.type);
      const face = `#lib/${stageOf(n.file)}`;
      const group: Group = groups.get(face) ?? { sites: [], names: new Map() };
      groups.set(face, group);
      if (!group.sites.includes(site)) group.sites.push(site);
      const key = n.alias ? `${n.name} as ${n.alias}` : n.name;
      group.names.set(key, (group.names.get(key) ?? true) && n.type);
    }
  }
  // a site already importing exactly one face, alone, stays as written
  const unchanged = (face: string, g: { sites: ImportSite[] }) =>
    g.sites.length === 1 && g.sites[0]!.specifier === face && [...groups.values()].filter((o) => o.sites.includes(g.sites[0]!)).length === 1;
  const changed = [...groups].filter(([face, g]) => !unchanged(face, g));
  for (const [face, group] of changed) {
    const list = [...group.names].sort(([a], [b]) => a.localeCompare(b));
    const allTypes = list.every(([, t]) => t);
    const first = [...group.sites].sort((a, b) => a.index - b.index)[0]!;
    edits.push({ index: first.index, length: 0, text: `import ${allTypes ? 'type ' : ''}{ ${namesList(list, allTypes)} } from '${face}';\n` });
  }
  // every rewritten site goes with its line break; the new statements take the first ones' places
  for (const site of new Set(changed.flatMap(([, g]) => g.sites))) {
    const removeBreak = source[site.index + site.text.length] === '\n' ? 1 : 0;
    edits.push({ index: site.index, length: site.text.length + removeBreak, text: '' });
  }
  if (edits.length === 0) return;
  let out = source;
  // from the end; at one index the removal goes before the insertion
  for (const e of edits.sort((a, b) => b.index - a.index || b.length - a.length)) out = out.slice(0, e.index) + e.text + out.slice(e.index + e.length);
  if (out === source) return;
  writeFileSync(join(ROOT, file), out);
  touched.push(file);
}

/** Names a face already exports (re-exported or declared) and the files it re-exports whole. */
function existingExports(face: string, source: string) {
  const exported = new Set<string>();
  const whole = new Set<string>();
  for (const site of importSites(source)) {
    if (site.kind !== 'export') continue;
    const file = resolveSpecifier(relative(ROOT, face), site.specifier);
    if (file && site.names.length === 0) whole.add(file);
    for (const n of site.names) exported.add(n.alias ?? n.name);
  }
  for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:const|let|function\*?|async function|class|type|interface|enum)\s+([\w$]+)/gm))
    exported.add(m[1]!);
  return { exported, whole };
}

/** Adds to a part's face the re-exports the outside needs (one statement per file; types only as `export type`). */
function updateFace(face: string, files: Map<string, { names: Map<string, boolean>; whole: boolean }>): void {
  const source = existsSync(face)
    ? readFileSync(face, 'utf8')
    : `/** lib/${partOf(face)}: a part of the ${stageOf(face)} stage, re-exported whole by #lib/${stageOf(face)}. */\n`;
  const { exported, whole } = existingExports(face, source);
  const lines: string[] = [];
  for (const [file, n] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    let spec = relative(join(face, '..'), file).replace(/\.tsx?$/, '');
    if (!spec.startsWith('.')) spec = `./${spec}`;
    if (whole.has(file)) continue;
    if (n.whole) {
      lines.push(`export * from '${spec}';`);
      continue;
    }
    const list = [...n.names].filter(([name]) => !exported.has(name)).sort(([a], [b]) => a.localeCompare(b));
    if (list.length === 0) continue;
    const allTypes = list.every(([, t]) => t);
    lines.push(`export ${allTypes ? 'type ' : ''}{ ${namesList(list, allTypes)} } from '${spec}';`);
  }
  if (lines.length === 0) return;
  writeFileSync(face, `${source.trimEnd()}\n${lines.join('\n')}\n`);
  touched.push(relative(ROOT, face));
  console.log(`${relative(ROOT, face)}: ${lines.length} re-export lines added`);
}

ensureImportsMap();
for (const folder of OUTSIDE_FOLDERS) for (const file of sourceFiles(folder)) rewriteFile(file);
for (const [face, files] of needs) updateFace(face, files);
ensureStageFaces();
const rewritten = touched.filter((f) => !f.startsWith('lib/')).length;
if (touched.length) execFileSync('npx', ['biome', 'format', '--write', ...new Set(touched)], { cwd: ROOT, stdio: 'inherit' });
console.log(`${rewritten} files outside lib now import it through #lib/<stage>`);
