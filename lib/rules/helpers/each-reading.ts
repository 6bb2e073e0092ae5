import type { CellReading } from '../../model/types';
import type { Term } from '../../model/finding';
import type { ReadingIndex } from './reading-index';
import { itemAt } from '../../model/item-at';

/** Joint readings tried one by one, at most (as decode-rows' own search across rows). */
export const MAX_COMBINATIONS = 20_000;

/**
 * The least odds of readings taken together (CellReading.odds multiplied): one figure read by OCR taken as
 * an alternative the recogniser gives 1 in 10⁴ of its reading, or two at 1 in 100 each, is still a reading
 * of the page; more misreads at once are not (the same bound as the corrections' own alternatives,
 * lib/ocr/allowed-reading.ts OWN_ALTERNATIVE).
 */
export const LEAST_ODDS = 1e-4;

/** How a walk over the readings ended: every one visited (with the readings concerned), stopped by the visitor, or too many to try. */
export type Walk = { kind: 'done'; readings: CellReading[] } | { kind: 'stopped' } | { kind: 'too-many' };

type Choice = { values: (number | null)[]; odds: number };

/**
 * Visits every way the unread operands among `terms` may be read together: the readings that fix them
 * (a row's split fixes all its cells), each option counted once for what it gives these cells. `visit`
 * gets the value of every term (a read term its own) and returns false to stop. Where the readings carry
 * odds (OCR), only the ways whose odds together are LEAST_ODDS or more. Too many when an unread term has
 * no listed options or the ways exceed MAX_COMBINATIONS.
 * @example eachReading([unreadTerm], index, (v) => (seen.push(v[0]), true)) → { kind: 'done', … } with seen = [1, 12]
 */
export function eachReading(terms: readonly Term[], index: ReadingIndex, visit: (values: (number | null)[]) => boolean): Walk {
  // each group keeps its reading's options as checked non-null here, so the walk below needs no second check
  const groups = new Map<CellReading, { options: (number | null)[][]; terms: number[]; places: number[] }>();
  for (const [i, t] of terms.entries()) {
    if (!t.unread) continue;
    const place = index.get(t.path);
    if (!place?.reading.options) return { kind: 'too-many' };
    const g = groups.get(place.reading) ?? { options: place.reading.options, terms: [], places: [] };
    g.terms.push(i);
    g.places.push(place.at);
    groups.set(place.reading, g);
  }
  const entries = [...groups];
  const slots = entries.map(([reading, g]) => {
    const seen = new Map<string, Choice>();
    g.options.forEach((o, i) => {
      // a place indexes the reading's cells, and an option gives a value for each of them
      const values = g.places.map((p) => itemAt(o, p, 'reading option cell'));
      const odds = reading.odds?.[i] ?? 1;
      const key = values.join('|');
      if ((seen.get(key)?.odds ?? -1) < odds) seen.set(key, { values, odds });
    });
    return { terms: g.terms, choices: [...seen.values()].filter((c) => c.odds >= LEAST_ODDS) };
  });
  const choices = slots.map((s) => s.choices);
  // no way left to read a cell says nothing of it
  if (choices.some((c) => c.length === 0)) return { kind: 'too-many' };
  const weighed = choices.some((cs) => cs.some((c) => c.odds < 1));
  if (weighed ? countAbove(choices, MAX_COMBINATIONS) > MAX_COMBINATIONS : choices.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS)
    return { kind: 'too-many' };
  const values = terms.map((t) => t.value);
  // the first reading varies fastest; a way less likely than LEAST_ODDS is skipped with all it leads to
  const walk = (k: number, odds: number): boolean => {
    if (k < 0) return visit([...values]);
    // k counts down from the last slot
    const slot = itemAt(slots, k, 'reading slot');
    for (const c of slot.choices) {
      const o = odds * c.odds;
      if (o < LEAST_ODDS) continue;
      // a choice has a value for each of the slot's terms: both come from the group's places
      slot.terms.forEach((ti, j) => (values[ti] = itemAt(c.values, j, 'choice value')));
      if (!walk(k - 1, o)) return false;
    }
    return true;
  };
  return walk(choices.length - 1, 1) ? { kind: 'done', readings: entries.map(([r]) => r) } : { kind: 'stopped' };
}

/** How many ways of choosing one of each have odds together of LEAST_ODDS or more, counted up to `cap` (then cap + 1). */
function countAbove(choices: readonly Choice[][], cap: number): number {
  let n = 0;
  const count = (k: number, odds: number): void => {
    if (n > cap) return;
    if (k < 0) {
      n++;
      return;
    }
    // k counts down from the last reading's choices
    for (const c of itemAt(choices, k, 'reading choices')) if (odds * c.odds >= LEAST_ODDS) count(k - 1, odds * c.odds);
  };
  count(choices.length - 1, 1);
  return n;
}
