import type { RuleId, Severity } from '../model/finding';
import type { Bilingual } from '../model/lang';
import { ACROSS_REPORTS_RULES } from './across-reports';
import { CROSS_YEAR_RULES } from './cross-year';
import { RULES } from './index';
import type { AnyMessages, ClauseText } from './rule';

/** What every registered rule declares, whether it runs on one report, against last year's or across reports. */
export interface RegisteredRule {
  id: RuleId;
  severity: Severity;
  clause: string;
  clauseText: ClauseText;
  summary: Bilingual;
  messages: AnyMessages;
}

/**
 * Every rule, in the order its findings are listed: the same-year rules (runRules), the cross-year rules
 * (runCrossYear) and the checks across reports (batch and history). The README's rule table is drawn from
 * it (ruleTable); each rule's module types its id (lib/model/rule-ids.ts) and is registered here
 * (tests/unit/rules/registry.test.ts).
 */
export const ALL_RULES: readonly RegisteredRule[] = [...RULES, ...CROSS_YEAR_RULES, ...ACROSS_REPORTS_RULES];

/** Every registered rule id, in registry order. */
export const RULE_IDS: readonly RuleId[] = ALL_RULES.map((r) => r.id);
