import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACROSS_REPORTS_RULES } from '../../../lib/rules/across-reports';
import { byRank } from '../../../lib/rules/by-rank';
import { CROSS_YEAR_RULES } from '../../../lib/rules/cross-year';
import { ALL_RULES, RULE_IDS } from '../../../lib/rules/registry';
import { RULE_TABLE_MARKERS, readmeRuleTable, ruleTable, withRuleTable } from '../../../lib/rules/rule-table';
import { RULES } from '../../../lib/rules/same-year-rules';
import { findRuleModules, RULE_MODULES_FILE, ruleModulesSource } from '../../../scripts/rule-modules';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const RULE_MODULES = readFileSync(new URL(`../../../${RULE_MODULES_FILE}`, import.meta.url), 'utf8');

describe('the rule registry', () => {
  it('should register each rule once', () => {
    expect(new Set(RULE_IDS).size).toBe(ALL_RULES.length);
    expect(RULE_IDS).toContain('t3-balance');
  });

  it('should register the rule of every rule module, which is named after its id', async () => {
    const found: unknown[] = [...ACROSS_REPORTS_RULES];
    const registered: readonly unknown[] = ALL_RULES;
    for (const dir of ['../../../lib/rules/', '../../../lib/rules/cross-year/']) {
      const path = fileURLToPath(new URL(dir, import.meta.url));
      for (const file of readdirSync(path).filter((f) => f.endsWith('.ts'))) {
        const mod: Record<string, unknown> = await import(`${path}${file}`);
        // a rule: an object with an id, a check and messages (what the registry holds)
        const rules = Object.values(mod).filter((v) => typeof v === 'object' && v !== null && 'id' in v && 'check' in v && 'messages' in v);
        for (const r of rules) expect([basename(file, '.ts'), r]).toEqual([(r as { id: string }).id, registered.find((x) => x === r)]);
        found.push(...rules);
      }
    }
    expect(new Set(found).size).toBe(ALL_RULES.length);
  });

  it('should list every rule module as npm run rules finds them (lib/rules/rule-modules.ts is not stale)', async () => {
    const modules = await findRuleModules();
    expect(RULE_MODULES).toBe(ruleModulesSource(modules));
    expect(modules.filter((m) => m.kind === 'same-year')).toHaveLength(RULES.length);
    expect(modules.filter((m) => m.kind === 'cross-year').map((m) => m.path)).toContain('cross-year/cross-year-carry-over');
  });

  it('should give each rule of a kind its own rank, and run them lowest rank first', () => {
    for (const rules of [RULES, CROSS_YEAR_RULES]) {
      expect(new Set(rules.map((r) => r.rank)).size).toBe(rules.length);
      expect(rules.map((r) => r.rank)).toEqual(rules.map((r) => r.rank).sort((a, b) => a - b));
    }
    expect(RULES[0]!.id).toBe('t3-balance');
    expect(CROSS_YEAR_RULES[0]!.id).toBe('cross-year-carry-over');
  });

  it('should order by rank whatever the order of the modules, keeping the given order of equal ranks', () => {
    const [a, b, c] = [
      { id: 'a', rank: 20 },
      { id: 'b', rank: 10 },
      { id: 'c', rank: 20 },
    ];
    expect(byRank([a!, b!, c!]).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(byRank([c!, a!, b!]).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('should write an import and a line per rule module, by kind', () => {
    const source = ruleModulesSource([
      { kind: 'cross-year', path: 'cross-year/cross-year-x', name: 'crossYearX' },
      { kind: 'same-year', path: 'some-rule', name: 'someRule' },
    ]);
    expect(source).toContain("import { someRule } from './some-rule';");
    expect(source).toContain("import { crossYearX } from './cross-year/cross-year-x';");
    expect(source).toMatch(/SAME_YEAR_MODULES: readonly Rule\[\] = \[\n {2}someRule,\n\];/);
    expect(source).toMatch(/CROSS_YEAR_MODULES: readonly CrossYearRule\[\] = \[\n {2}crossYearX,\n\];/);
  });

  it("should be what README.md's rule table says (npm run rules writes it)", () => {
    const table = ruleTable(ALL_RULES);
    expect(readmeRuleTable(README)).toBe(table);
    expect(table.split('\n')).toHaveLength(ALL_RULES.length + 2);
  });

  it('should draw one row per rule with its id, clause, worst severity and Chinese summary, a | escaped', () => {
    const [first] = ALL_RULES;
    expect(ruleTable([first!]).split('\n')[2]).toBe(`| \`${first!.id}\` | ${first!.clause} | ${first!.severity} | ${first!.summary.zh} |`);
    const piped = { ...first!, summary: { zh: 'a|b', en: '' } };
    expect(ruleTable([piped]).split('\n')[2]).toContain('a\\|b');
  });

  it('should keep a summary written over two lines on its one row, the lines joined by a space', () => {
    // a line break would end the Markdown row half-way through the summary
    const [first] = ALL_RULES;
    const table = ruleTable([{ ...first!, summary: { zh: '第一行\n第二行', en: '' } }]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table.split('\n')[2]).toMatch(/ \| 第一行 第二行 \|$/);
  });

  it('should put the table between the markers, and read back what it put there padded as the formatter pads it', () => {
    const [start, end] = RULE_TABLE_MARKERS;
    const written = withRuleTable(`# x\n\n${start}\n| old |\n${end}\n`, '| id | a\\|b |\n| --- | --- |')!;
    expect(written).toBe(`# x\n\n${start}\n| id | a\\|b |\n| --- | --- |\n${end}\n`);
    expect(readmeRuleTable(written.replace('| --- | --- |', '| ------ | ---------- |').replace('| id |', '|   id   |'))).toBe('| id | a\\|b |\n| --- | --- |');
  });

  it('should read as a rule only a cell of dashes alone, however padded, and a cell with a dash in its words as printed', () => {
    const [start, end] = RULE_TABLE_MARKERS;
    // unpadded dashes and dashes padded by two spaces are rules; a dash before or after words is the words'
    const readme = `${start}\n| id | what |\n|------|  ----------  |\n| -x | y - |\n${end}\n`;
    expect(readmeRuleTable(readme)).toBe('| id | what |\n| --- | --- |\n| -x | y - |');
  });

  it('should read the table when the start marker opens the file (index 0)', () => {
    const [start, end] = RULE_TABLE_MARKERS;
    expect(readmeRuleTable(`${start}\n| id |\n${end}\n`)).toBe('| id |');
    expect(withRuleTable(`${start}\n| old |\n${end}\n`, '| id |')).toBe(`${start}\n| id |\n${end}\n`);
  });

  it('should leave a README without the markers alone', () => {
    expect(withRuleTable('# no table', ruleTable(ALL_RULES))).toBeNull();
    expect(readmeRuleTable('# no table')).toBeNull();
    expect(README).toContain(RULE_TABLE_MARKERS[0]);
  });

  it('should read no table when the end marker is missing or stands before the start', () => {
    const [start, end] = RULE_TABLE_MARKERS;
    // without its end marker the table has no known end: reading to the file's end would take what follows it
    expect(readmeRuleTable(`${start}\n| id |\n`)).toBeNull();
    expect(readmeRuleTable(`${end}\n| id |\n${start}\n`)).toBeNull();
    expect(withRuleTable(`${start}\n| old |\n`, '| id |')).toBeNull();
    expect(withRuleTable(`${end}\n| old |\n${start}\n`, '| id |')).toBeNull();
  });
});
