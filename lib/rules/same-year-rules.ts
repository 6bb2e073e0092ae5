import { byRank } from './by-rank';
import type { Rule } from './rule';
import { SAME_YEAR_MODULES } from './rule-modules';

/**
 * The same-year rules in the order each declares by its rank: the order findings are listed in within one
 * severity. Every module in lib/rules/ that exports a rule is one (lib/rules/rule-modules.ts, written by
 * `npm run rules`); no list here is kept by hand.
 */
export const RULES: readonly Rule[] = byRank(SAME_YEAR_MODULES);
