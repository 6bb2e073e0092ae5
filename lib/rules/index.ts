/** lib/rules, part of the check stage: what the outside uses, re-exported whole by #lib/check (npm run rewrite-imports adds to it). */
export { runCrossYear } from './cross-year/run-cross-year';
export { ruleInfo } from './rule-info';
export { ALL_RULES } from './registry';
export { ruleTable, withRuleTable } from './rule-table';
export * from './registry';
export * from './rule-table';
