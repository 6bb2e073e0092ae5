import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The project's import graph read from the sources, for the house drawing (`npm run house`), the
 * front-door test (tests/unit/house/front-door.test.ts) and the import rewrite (scripts/rewrite-imports.ts).
 * A regular expression reads the import lines: the house style writes them plainly (one `from` per
 * statement, no computed specifiers), and the TypeScript compiler's own API is not shipped by TypeScript 7.
 */

/** One import statement, dynamic import or re-export of a file. */
export interface ImportSite {
  /** the statement as written, e.g. `import { a, type B } from '@/lib/x/y';` */
  text: string;
  /** where it starts in the file */
  index: number;
  specifier: string;
  kind: 'static' | 'dynamic' | 'export';
  /** `import type { … }` / `export type { … }` */
  typeOnly: boolean;
  /** the named bindings, with `type` where marked; empty for a dynamic import or `export *` */
  names: { name: string; alias?: string; type: boolean }[];
}

const STATIC = /(?<![\w$.])(import|export)\s+(type\s+)?(?:(\{[^}]*\})|([\w$]+)\s*(?:,\s*(\{[^}]*\}))?|\*(?:\s+as\s+[\w$]+)?)\s+from\s+(['"])([^'"]+)\6\s*;?/g;
const DYNAMIC = /(?<![\w$.])import\(\s*(['"])([^'"]+)\1\s*\)/g;

function parseNames(braces: string | undefined): ImportSite['names'] {
  if (!braces) return [];
  return braces
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const type = /^type\s/.test(s);
      const [name, alias] = s.replace(/^type\s+/, '').split(/\s+as\s+/) as [string, string | undefined];
      return alias ? { name, alias, type } : { name, type };
    });
}

/** Every import and re-export in a source file, comments ignored (a `//` line holding `import` is skipped). */
export function importSites(source: string): ImportSite[] {
  const blanked = source.replace(/\/\*[\s\S]*?\*\/|(?<![:'"\\])\/\/[^\n]*/g, (m) => ' '.repeat(m.length));
  const sites: ImportSite[] = [];
  for (const m of blanked.matchAll(STATIC)) {
    const text = source.slice(m.index, m.index + m[0].length);
    sites.push({
      text,
      index: m.index,
      specifier: m[7]!,
      kind: m[1] === 'export' ? 'export' : 'static',
      typeOnly: Boolean(m[2]),
      names: parseNames(m[3] ?? m[5]),
    });
  }
  for (const m of blanked.matchAll(DYNAMIC)) sites.push({ text: m[0], index: m.index, specifier: m[2]!, kind: 'dynamic', typeOnly: false, names: [] });
  return sites.sort((a, b) => a.index - b.index);
}

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
export const LIB = join(ROOT, 'lib');

/** The shells (extension entrypoints and their UI helpers) and the CLI. */
export const SHELL_FOLDERS = ['entrypoints', 'components', 'utils', 'cli'] as const;

/** The outside of lib: the shells, the CLI, the scripts and the benchmarks, all of which reach lib through its faces only. */
export const OUTSIDE_FOLDERS = [...SHELL_FOLDERS, 'scripts', 'bench'] as const;

/**
 * lib's stages, lowest first, and what each is made of (lib's folders, and the four files at lib's top).
 * A stage imports only the stages before it; the outside imports a stage only through its face,
 * `#lib/<stage>` = lib/<stage>/index.ts (package.json `imports`), which re-exports its parts' faces
 * (`export * from '../rules'`). The folders stay where they were: a stage is a list here, not a move.
 */
export const STAGES: readonly { stage: string; parts: readonly string[]; holds: string }[] = [
  { stage: 'model', parts: ['model', 'parse', 'text'], holds: 'the shared vocabulary: cell keys and labels, types and schemas, numbers and text' },
  { stage: 'read', parts: ['detect', 'extract', 'attach', 'net'], holds: 'a report found on a page and read from HTML, text, PDF or Word into tables' },
  { stage: 'check', parts: ['rules', 'ocr', 'pipeline.ts'], holds: 'the rules, the pipeline that runs them, and scans read and checked by OCR' },
  { stage: 'report', parts: ['report', 'review'], holds: 'findings worded, grouped and judged, and the auditor’s decisions on them' },
  { stage: 'history', parts: ['history'], holds: 'checked reports kept, compared year on year and across publications' },
  { stage: 'batch', parts: ['batch', 'benchmark'], holds: 'many reports checked at once, and agencies compared by their rates' },
  { stage: 'export', parts: ['export', 'evidence'], holds: 'what leaves the extension: CSV, XLSX, JSON, HTML evidence' },
  {
    stage: 'page',
    parts: ['page', 'messages.ts', 'badge.ts', 'user-hosts.ts'],
    holds: 'the extension on the agency’s page: outlines, snapshots, messages, badge',
  },
];

/** Stage name → its place in STAGES (0 = lowest). */
export const STAGE_RANK: ReadonlyMap<string, number> = new Map(STAGES.map((s, i) => [s.stage, i]));

/** `lib/extract/pdf/open-pdf.ts` → `extract`; `lib/pipeline.ts` → `pipeline.ts`: the folder or top file of lib a file is in. */
export function partOf(libFile: string): string {
  return relative(LIB, libFile).split(/[\\/]/)[0]!;
}

const STAGE_OF_PART = new Map(STAGES.flatMap((s) => [[s.stage, s.stage] as const, ...s.parts.map((p) => [p, s.stage] as const)]));

/** Every .ts/.tsx file under a folder (relative to the project root), sorted. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  if (existsSync(join(ROOT, folder))) walk(folder);
  return out;
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The package.json `imports` map: `#lib/x` → its file. */
function subpathTarget(specifier: string): string | null {
  const imports = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { imports?: Record<string, string> }).imports ?? {};
  if (imports[specifier]) return join(ROOT, imports[specifier]);
  for (const [key, target] of Object.entries(imports)) {
    const star = key.indexOf('*');
    if (star < 0 || !specifier.startsWith(key.slice(0, star)) || !specifier.endsWith(key.slice(star + 1))) continue;
    const middle = specifier.slice(star, specifier.length - (key.length - star - 1));
    return join(ROOT, target.replace('*', middle));
  }
  return null;
}

/** The project file an import names (absolute), or null for a package or an unresolved path. */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  let base: string | null = null;
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(join(ROOT, fromFile)), specifier);
  else if (specifier.startsWith('#')) return subpathTarget(specifier);
  if (base === null) return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return null;
}

/**
 * The stage a lib file belongs to (STAGES): `lib/extract/pdf/open-pdf.ts` → `read`, `lib/pipeline.ts` →
 * `check`. A folder or top file that no stage lists is its own `?name`, so that the house test names it.
 */
export function stageOf(libFile: string): string {
  const part = partOf(libFile);
  return STAGE_OF_PART.get(part) ?? `?${part.replace(/\.tsx?$/, '')}`;
}

/** True for a file inside lib/. */
export const inLib = (absolute: string) => !relative(LIB, absolute).startsWith('..');

/** An edge of the import graph: a file importing a project file. */
export interface Edge {
  from: string;
  to: string;
  site: ImportSite;
}

/** Every import from the files under `folders` to project files (relative paths). */
export function edges(folders: readonly string[]): Edge[] {
  const out: Edge[] = [];
  for (const folder of folders)
    for (const file of sourceFiles(folder)) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const site of importSites(source)) {
        const target = resolveSpecifier(file, site.specifier);
        if (target) out.push({ from: file, to: relative(ROOT, target), site });
      }
    }
  return out;
}

/** The lib stage graph: stage → the stages it imports (itself excluded), from lib's edges or those given. */
export function stageGraph(libEdges: readonly Edge[] = edges(['lib'])): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const e of libEdges) {
    const from = stageOf(join(ROOT, e.from));
    if (!graph.has(from)) graph.set(from, new Set());
    if (!inLib(join(ROOT, e.to))) continue;
    const to = stageOf(join(ROOT, e.to));
    if (to !== from) graph.get(from)!.add(to);
  }
  return graph;
}

/**
 * Every lib import that goes up the stage order (a stage importing one listed after it in STAGES), or
 * from or to a file no stage lists, as `from → to (stage → stage)`. Empty means the stages form a DAG in
 * the order STAGES gives.
 */
export function upwardImports(libEdges: readonly Edge[] = edges(['lib'])): string[] {
  const out: string[] = [];
  for (const e of libEdges) {
    if (!inLib(join(ROOT, e.to))) continue;
    const from = stageOf(join(ROOT, e.from));
    const to = stageOf(join(ROOT, e.to));
    const [a, b] = [STAGE_RANK.get(from), STAGE_RANK.get(to)];
    if (a === undefined || b === undefined || b > a) out.push(`${e.from} → ${e.to} (${from} → ${to})`);
  }
  return out;
}

/** Pairs of lib stages importing each other, each pair once (`a⇄b`, a < b). */
export function mutualPairs(graph: Map<string, Set<string>>): string[] {
  const pairs: string[] = [];
  for (const [a, tos] of graph) for (const b of tos) if (a < b && graph.get(b)?.has(a)) pairs.push(`${a}⇄${b}`);
  return pairs.sort();
}

/** Stage cycles of any length (strongly connected components with more than one stage). */
export function stageCycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}
