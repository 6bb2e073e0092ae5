import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACROSS_REPORTS_RULES } from '../../../lib/rules/across-reports';
import { ALL_RULES, RULE_IDS } from '../../../lib/rules/registry';
import { RULE_TABLE_MARKERS, readmeRuleTable, ruleTable, withRuleTable } from '../../../lib/rules/rule-table';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

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

  it("should be what README.md's rule table says (npm run rules:readme writes it)", () => {
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

  it('should put the table between the markers, and read back what it put there padded as the formatter pads it', () => {
    const [start, end] = RULE_TABLE_MARKERS;
    const written = withRuleTable(`# x\n\n${start}\n| old |\n${end}\n`, '| id | a\\|b |\n| --- | --- |')!;
    expect(written).toBe(`# x\n\n${start}\n| id | a\\|b |\n| --- | --- |\n${end}\n`);
    expect(readmeRuleTable(written.replace('| --- | --- |', '| ------ | ---------- |').replace('| id |', '|   id   |'))).toBe('| id | a\\|b |\n| --- | --- |');
  });

  it('should leave a README without the markers alone', () => {
    expect(withRuleTable('# no table', ruleTable(ALL_RULES))).toBeNull();
    expect(readmeRuleTable('# no table')).toBeNull();
    expect(README).toContain(RULE_TABLE_MARKERS[0]);
  });
});
