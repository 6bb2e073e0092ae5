import type { CellReading } from '../../model/types';
import type { Term } from '../../model/finding';
import type { ReadingIndex } from './reading-index';

/** The one reading all `terms` are unread cells of, when its splits were too many to list but none balances, with each term's place. */
export function unbalancedReading(terms: readonly Term[], index: ReadingIndex): { reading: CellReading; places: number[] } | null {
  const places = terms.map((t) => (t.unread ? index.get(t.path) : undefined));
  const reading = places[0]?.reading;
  const at = places.flatMap((p) => (p && p.reading === reading ? [p.at] : []));
  if (!reading?.unbalanced || at.length !== places.length) return null;
  return { reading, places: at };
}

/**
 * Whether a sum check is one of the row's own totals: its addends are the places `of`, its stated figure
 * the place `total` (a 表三 row's T3-B, a 表四 group's total).
 * @example isOwnTotal([0, 1, 2, 3, 4, 5, 6], 6, { of: [0, 1, 2, 3, 4, 5], total: 6 }) → true
 */
export function isOwnTotal(places: readonly number[], addends: number, sum: { of: readonly number[]; total: number }): boolean {
  const of = places.slice(0, addends);
  return places.length === addends + 1 && places[addends] === sum.total && of.length === sum.of.length && sum.of.every((p) => of.includes(p));
}
