import type { FullExtraction } from '../extract/map/build-extraction';
import type { Finding } from '../model/finding';
import { RULES } from './same-year-rules';
import type { Rule } from './rule';
import { runChecks } from './run-checks';

/** Runs every same-year rule on an extraction (runChecks: errors first, then in registry order). */
export function runRules(ex: FullExtraction, rules: readonly Rule[] = RULES): Finding[] {
  return runChecks(rules, { ex, text: ex.lines.join('\n') });
}
