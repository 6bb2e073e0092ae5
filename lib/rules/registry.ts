import type { RuleId } from '../model/finding';
import { ACROSS_REPORTS_RULES } from './across-reports';
import { CROSS_YEAR_RULES } from './cross-year';
import { RULES } from './same-year-rules';
import type { RuleDeclaration } from './rule';

/**
 * Every rule, in the order its findings are listed: the same-year rules (runRules), the cross-year rules
 * (runCrossYear), each kind by the rank its module declares, and the checks across reports (batch and
 * history). The README's rule table is drawn from it (ruleTable). A rule is its module alone: the module
 * types its id (lib/model/rule-ids.ts, by declaration merging) and `npm run rules` lists it in
 * lib/rules/rule-modules.ts, the one generated file (tests/unit/rules/registry.test.ts fails when it is stale).
 */
export const ALL_RULES: readonly RuleDeclaration[] = [...RULES, ...CROSS_YEAR_RULES, ...ACROSS_REPORTS_RULES];

/** Every registered rule id, in registry order. */
export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((r) => r.id);
