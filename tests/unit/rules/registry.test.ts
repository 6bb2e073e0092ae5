import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/model/finding';
import { ALL_RULES } from '../../../lib/rules/registry';
import { RULE_TABLE_MARKERS, readmeRuleTable, ruleTable, withRuleTable } from '../../../lib/rules/rule-table';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the rule registry', () => {
  it('should register each rule once, and RULE_IDS should name exactly the registered rules', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
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
