import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import type { Rule, RuleContext } from '../../../lib/rules/rule';
import { runChecks } from '../../../lib/rules/run-checks';
import { RULES } from '../../../lib/rules/same-year-rules';
import { seedText } from '../../helpers/seeds';

/**
 * The one runner (runChecks) on seed 002 (北京市, real: its （七）总计 reads 10 while its items sum to 8, so
 * t3-balance and t3-outcome-total give errors; narrative-received and sections give warnings). The registry
 * happens to rank those error rules first, so on the registry alone the severity sort would never show:
 * here the rules come in the other order, as a reordered registry or a new rule ranked first would give them.
 */
const rule = (id: string): Rule<RuleContext> => {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const ctx = (): RuleContext => {
  const ex = checkText(seedText('002'), 'https://www.beijing.gov.cn/002.html').extraction;
  return { ex, text: ex.lines.join('\n') };
};

describe('runChecks on a real report', () => {
  it('should put errors before warnings before notes, whatever order the rules run in', () => {
    const found = runChecks([rule('title-form'), rule('narrative-received'), rule('t3-balance'), rule('t3-outcome-total')], ctx());
    expect(found.map((f) => [f.severity, f.rule])).toEqual([
      ['error', 't3-balance'],
      ['error', 't3-balance'],
      ['error', 't3-balance'],
      ['error', 't3-outcome-total'],
      ['error', 't3-outcome-total'],
      ['warning', 'narrative-received'],
      ['info', 'title-form'],
    ]);
  });

  it('should keep the rules’ order within one severity', () => {
    const found = runChecks([rule('t3-outcome-total'), rule('t3-balance')], ctx());
    expect(found.map((f) => f.rule)).toEqual(['t3-outcome-total', 't3-outcome-total', 't3-balance', 't3-balance', 't3-balance']);
  });

  it('should turn a rule that throws into one note and keep every other rule’s findings', () => {
    const broken: Rule<RuleContext> = {
      ...rule('t3-balance'),
      check: () => {
        throw new TypeError('boom');
      },
    };
    const found = runChecks([broken, rule('t3-outcome-total')], ctx());
    expect(found.map((f) => [f.severity, f.rule, f.code])).toEqual([
      ['error', 't3-outcome-total', expect.any(String)],
      ['error', 't3-outcome-total', expect.any(String)],
      ['info', 't3-balance', 'rule-failed'],
    ]);
  });
});
