/** lib/rules: what the shells and the CLI use (scripts/rewrite-imports.ts adds what a new shell import needs). */
export { runCrossYear } from './cross-year/run-cross-year';
export { ruleInfo } from './rule-info';
