import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The rule modules as `npm run rules` finds them, and lib/rules/rule-modules.ts as it writes it: the one
 * generated list of rules, because neither tsx (npm start, the bench, scripts) nor the CLI's and the
 * extension's bundles can list a folder at run time (import.meta.glob is vite's alone), and the extension
 * must not read files. tests/unit/rules/registry.test.ts fails when the file is not what this writes.
 */

/** lib/rules/ of this checkout. */
export const RULES_DIR = fileURLToPath(new URL('../lib/rules/', import.meta.url));

/** The generated list, relative to the project's root. */
export const RULE_MODULES_FILE = 'lib/rules/rule-modules.ts';

/** Where a rule's module is: its folder's kind, its path under lib/rules/ without `.ts`, and its export. */
export interface RuleModule {
  kind: 'same-year' | 'cross-year';
  path: string;
  name: string;
}

const FOLDERS = [
  { kind: 'same-year', dir: '' },
  { kind: 'cross-year', dir: 'cross-year/' },
] as const;

// a rule module types its id (`declare module '../model/rule-ids'`); only those are imported, so that the
// registry and the runners, which import the generated file, are never loaded while it is rewritten
const DECLARES_ID = /declare module '(?:\.\.\/)+model\/rule-ids'/;

/** A rule as the registry holds it: an object with an id, a rank, messages and a check. */
function isRule(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'id' in v && 'rank' in v && 'messages' in v && 'check' in v;
}

/**
 * Every exported rule of lib/rules/*.ts (same-year) and lib/rules/cross-year/*.ts (cross-year), by path.
 * @example await findRuleModules() → [{ kind: 'same-year', path: 'blank-cells', name: 'blankCells' }, …]
 */
export async function findRuleModules(root = RULES_DIR): Promise<RuleModule[]> {
  const out: RuleModule[] = [];
  for (const { kind, dir } of FOLDERS) {
    for (const file of readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.ts'))
      .sort()) {
      const full = join(root, dir, file);
      if (!DECLARES_ID.test(readFileSync(full, 'utf8'))) continue;
      const mod: Record<string, unknown> = await import(pathToFileURL(full).href);
      for (const [name, value] of Object.entries(mod)) if (isRule(value)) out.push({ kind, path: `${dir}${file.slice(0, -3)}`, name });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.name.localeCompare(b.name));
}

/** One exported list of the generated file. */
function list(name: string, type: string, modules: readonly RuleModule[]): string[] {
  return [
    '// biome-ignore format: written by npm run rules, one rule a line',
    `export const ${name}: readonly ${type}[] = [`,
    ...modules.map((m) => `  ${m.name},`),
    '];',
  ];
}

/**
 * lib/rules/rule-modules.ts: an import of every rule module and the two lists of their rules, in the order
 * of their paths (the registry orders them by rank: lib/rules/by-rank.ts).
 */
export function ruleModulesSource(modules: readonly RuleModule[]): string {
  const same = modules.filter((m) => m.kind === 'same-year');
  const cross = modules.filter((m) => m.kind === 'cross-year');
  return [
    '// Written by `npm run rules` (scripts/rule-modules.ts) from the rule modules in lib/rules/ and lib/rules/cross-year/:',
    '// do not edit. tests/unit/rules/registry.test.ts fails when it is stale.',
    "import type { CrossYearRule } from './cross-year/cross-year-rule';",
    "import type { Rule } from './rule';",
    ...modules.map((m) => `import { ${m.name} } from './${m.path}';`),
    '',
    '/** Every same-year rule (lib/rules/*.ts), by path: lib/rules/same-year-rules.ts puts them in rank order. */',
    ...list('SAME_YEAR_MODULES', 'Rule', same),
    '',
    '/** Every cross-year rule (lib/rules/cross-year/*.ts), by path: lib/rules/cross-year/index.ts puts them in rank order. */',
    ...list('CROSS_YEAR_MODULES', 'CrossYearRule', cross),
    '',
  ].join('\n');
}
