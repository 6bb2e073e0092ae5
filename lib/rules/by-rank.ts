/**
 * The rules of one kind in the order each declares by its rank (lowest first): the registry's order, so
 * that no list has to be kept by hand (lib/rules/rule-modules.ts is written by `npm run rules`).
 * @example byRank([{ rank: 20, … }, { rank: 10, … }]) → the rank-10 rule, then the rank-20 one
 */
export function byRank<R extends { rank: number }>(rules: readonly R[]): readonly R[] {
  return [...rules].sort((a, b) => a.rank - b.rank);
}
