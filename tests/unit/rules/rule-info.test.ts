import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/rules/registry';
import { ruleInfo } from '../../../lib/rules/rule-info';

describe('ruleInfo', () => {
  it.each(RULE_IDS)('should give %s a zh and en summary, a clause and the clause text', (id) => {
    const info = ruleInfo(id);
    expect(info.id).toBe(id);
    expect(info.summary.zh.length).toBeGreaterThan(4);
    expect(info.summary.en.length).toBeGreaterThan(4);
    expect(info.clause).not.toBe('');
    expect(info.clauseText.section).toMatch(/^§\d/);
    expect(info.clauseText.text.length).toBeGreaterThan(10);
  });

  it('should quote the clause of T3-C as report-format.md §4.2 words it', () => {
    expect(ruleInfo('t3-outcome-total')).toMatchObject({ clause: 'T3-C', clauseText: { section: '§4.2 T3-C' } });
    expect(ruleInfo('t3-outcome-total').clauseText.text).toContain('(七)总计 = (一) + (二) + Σ(三)1–8 + Σ(四)1–3 + Σ(五)1–5 + Σ(六)1–3 (21 addends)');
  });
});
