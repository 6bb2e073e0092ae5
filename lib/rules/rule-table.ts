import type { RuleDeclaration } from './rule';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
// a row's cells between unescaped pipes, padding trimmed and a rule of dashes as three
const cells = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => (/^\s*-+\s*$/.test(c) ? '---' : c.trim()));

/**
 * The README's rule table (Markdown), one row per rule in registry order: id, clause, worst severity and
 * the rule's own Chinese summary. `npm run rules:readme` writes it into README.md; a test checks it is there.
 * @example ruleTable([t3Balance]) → '| id | clause | worst severity | what it checks |\n| --- | … |\n| `t3-balance` | T3-A | error | 表三每一列：… |'
 */
export function ruleTable(rules: readonly RuleDeclaration[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${cell(r.clause)} | ${r.severity} | ${cell(r.summary.zh)} |`);
  return ['| id | clause | worst severity | what it checks |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Where the table stands in README.md: between these two lines. */
export const RULE_TABLE_MARKERS = ['<!-- rule table: drawn from lib/rules/registry.ts by npm run rules:readme -->', '<!-- end of rule table -->'] as const;

/**
 * The rule table README.md holds between the markers, as ruleTable draws it (the formatter's padding of
 * its columns removed); null when a marker is missing.
 */
export function readmeRuleTable(readme: string): string | null {
  const [start, end] = RULE_TABLE_MARKERS;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) return null;
  const lines = readme
    .slice(a + start.length, b)
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.map((l) => `| ${cells(l).join(' | ')} |`).join('\n');
}

/** README.md's text with the rule table between the markers replaced by `table`; null when a marker is missing. */
export function withRuleTable(readme: string, table: string): string | null {
  const [start, end] = RULE_TABLE_MARKERS;
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) return null;
  return `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`;
}
