import type { Finding, Severity } from '../model/finding';
import { ruleFailed } from './note';
import type { Rule } from './rule';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one runner of rules, same-year (runRules) or cross-year (runCrossYear): every rule's findings on
 * `ctx`, errors first, then warnings, then notes, each in registry order. A rule that throws (a
 * programming error, never a data problem) becomes an info finding instead of losing the others.
 * @example runChecks([t3Balance], { ex, text }) → the t3-balance findings of ex
 */
export function runChecks<C>(rules: readonly Rule<C>[], ctx: C): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(ctx));
    } catch (err) {
      out.push(ruleFailed(rule, err));
    }
  }
  // Array.prototype.sort is stable (ES2019): within a severity, registry order stays
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
