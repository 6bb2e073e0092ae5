import type { CellReading } from '../../model/types';
import type { Term } from '../../model/finding';
import type { ReadingIndex } from './reading-index';

/** Joint readings tried one by one, at most (as decode-rows' own search across rows). */
export const MAX_COMBINATIONS = 20_000;

/** How a walk over the readings ended: every one visited (with the readings concerned), stopped by the visitor, or too many to try. */
export type Walk = { kind: 'done'; readings: CellReading[] } | { kind: 'stopped' } | { kind: 'too-many' };

/**
 * Visits every way the unread operands among `terms` may be read together: the readings that fix them
 * (a row's split fixes all its cells), each option counted once for what it gives these cells. `visit`
 * gets the value of every term (a read term its own) and returns false to stop. Too many when an unread
 * term has no listed options or the combinations exceed MAX_COMBINATIONS.
 * @example eachReading([unreadTerm], index, (v) => (seen.push(v[0]), true)) → { kind: 'done', … } with seen = [1, 12]
 */
export function eachReading(terms: readonly Term[], index: ReadingIndex, visit: (values: (number | null)[]) => boolean): Walk {
  const groups = new Map<CellReading, { terms: number[]; places: number[] }>();
  for (const [i, t] of terms.entries()) {
    if (!t.unread) continue;
    const place = index.get(t.path);
    if (!place?.reading.options) return { kind: 'too-many' };
    const g = groups.get(place.reading) ?? { terms: [], places: [] };
    g.terms.push(i);
    g.places.push(place.at);
    groups.set(place.reading, g);
  }
  const entries = [...groups];
  const choices = entries.map(([reading, g]) => [...new Map(reading.options!.map((o) => g.places.map((p) => o[p]!)).map((v) => [v.join('|'), v])).values()]);
  if (choices.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return { kind: 'too-many' };
  const values = terms.map((t) => t.value);
  const pick = new Array<number>(choices.length).fill(0);
  for (;;) {
    entries.forEach(([, g], k) => g.terms.forEach((ti, j) => (values[ti] = choices[k]![pick[k]!]![j]!)));
    if (!visit([...values])) return { kind: 'stopped' };
    let k = 0;
    while (k < pick.length && ++pick[k]! === choices[k]!.length) pick[k++] = 0;
    if (k === pick.length) return { kind: 'done', readings: entries.map(([r]) => r) };
  }
}
