import type { FullExtraction } from '../extract/map/build-extraction';
import type { Finding, Severity } from '../model/finding';
import { ruleFailed } from './note';
import { RULES } from './index';
import type { Rule } from './rule';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule on an extraction; findings sorted errors first, then in registry order. A rule that
 * throws (a programming error, never a data problem) becomes an info finding instead of losing the rest.
 */
export function runRules(ex: FullExtraction, rules: readonly Rule[] = RULES): Finding[] {
  const ctx = { ex, text: ex.lines.join('\n') };
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(ctx));
    } catch (err) {
      out.push(ruleFailed(rule, err));
    }
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
