import { byRank } from '../by-rank';
import { CROSS_YEAR_MODULES } from '../rule-modules';
import type { CrossYearRule } from './cross-year-rule';

/**
 * The cross-year rules (report-format.md §4.5; X-4, the regional sum, needs batch mode) in the order each
 * declares by its rank. Every module in lib/rules/cross-year/ that exports a rule is one
 * (lib/rules/rule-modules.ts, written by `npm run rules`).
 */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = byRank(CROSS_YEAR_MODULES);
