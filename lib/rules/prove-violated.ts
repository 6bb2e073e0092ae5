import { rowLabel } from '../report/cell-label';
import { span } from '../report/format-reading';
import type { CellReading } from '../model/types';
import type { Printed, ReadingCase, Relation, Term } from '../report/finding';
import type { ReadingIndex } from './reading-index';
import { round } from './terms';

/** A check shown to fail whichever way its unread figures are read (FindingDetail every-reading or range). */
export type Violation =
  | { kind: 'every-reading'; left: Term[]; right: Term[]; cases: ReadingCase[]; count: number; printed: Printed[] }
  | { kind: 'range'; left: Term[]; right: Term[]; printed: Printed[] };

/** Joint readings tried one by one, at most (as decode-rows' own search across rows). */
const MAX_COMBINATIONS = 20_000;
/** Readings written out in a message. */
const LISTED = 6;

const holds = (relation: Relation, l: number, r: number) => (relation === 'at-most' ? l <= r : round(l) === round(r));

/**
 * Whether a check with figures not read for sure fails under every way its printed figures may be read.
 * The readings that fix several cells at once (a row's split) are tried together: every combination of
 * the readings concerned where they are few enough, else bounds (the least and the most each unread
 * operand can be; a cell only known to be printed is some count ≥ 0). A blank operand, a reading
 * under which the check holds or cannot be made (a mark), or bounds that overlap prove nothing: null.
 */
export function proveViolated(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null {
  const all = [...left, ...right];
  if (!all.some((t) => t.unread) || all.some((t) => !t.unread && t.value === null)) return null;
  const tried = byEveryReading(relation, left, right, index);
  return tried === 'too-many' ? byRange(relation, left, right, index) : tried;
}

function byEveryReading(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null | 'too-many' {
  const all = [...left, ...right];
  // the unread operands by the reading that fixes them, with their places in its options
  const groups = new Map<CellReading, { terms: number[]; places: number[] }>();
  for (const [i, t] of all.entries()) {
    if (!t.unread) continue;
    const place = index.get(t.path);
    if (!place?.reading.options) return 'too-many';
    const g = groups.get(place.reading) ?? { terms: [], places: [] };
    g.terms.push(i);
    g.places.push(place.at);
    groups.set(place.reading, g);
  }
  const entries = [...groups];
  // the options of each reading as they bear on this check: options that agree on its cells count once
  const choices = entries.map(([reading, g]) => [...new Map(reading.options!.map((o) => g.places.map((p) => o[p]!)).map((v) => [v.join('|'), v])).values()]);
  if (choices.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return 'too-many';
  const values = all.map((t) => t.value);
  const cases: ReadingCase[] = [];
  const pick = new Array<number>(choices.length).fill(0);
  for (;;) {
    entries.forEach(([, g], k) => g.terms.forEach((ti, j) => (values[ti] = choices[k]![pick[k]!]![j]!)));
    if (values.some((v) => v === null)) return null;
    const l = values.slice(0, left.length).reduce((s, v) => s! + v!, 0)!;
    const r = values.slice(left.length).reduce((s, v) => s! + v!, 0)!;
    if (holds(relation, l, r)) return null;
    cases.push({ left: values.slice(0, left.length), right: values.slice(left.length) });
    let k = 0;
    while (k < pick.length && ++pick[k]! === choices[k]!.length) pick[k++] = 0;
    if (k === pick.length) break;
  }
  return { kind: 'every-reading', left, right, cases: cases.slice(0, LISTED), count: cases.length, printed: printedOf(entries.map(([r]) => r)) };
}

function byRange(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null {
  const bounded = (t: Term): Term | null => {
    if (!t.unread) return t;
    const place = index.get(t.path);
    if (!place?.reading.options) return place?.reading.blank ? null : { ...t, range: { min: 0, max: null } };
    const vs = place.reading.options.map((o) => o[place.at]!);
    if (vs.some((v) => v === null)) return null;
    return { ...t, range: { min: Math.min(...(vs as number[])), max: Math.max(...(vs as number[])) } };
  };
  const l = left.map(bounded);
  const r = right.map(bounded);
  if (l.includes(null) || r.includes(null)) return null;
  const L = span(l as Term[]);
  const R = span(r as Term[]);
  const proven = (a: typeof L, b: typeof R) => b.max !== null && a.min > b.max;
  if (!proven(L, R) && (relation === 'at-most' || !proven(R, L))) return null;
  const readings = [...new Set([...left, ...right].flatMap((t) => index.get(t.path)?.reading ?? []))];
  return { kind: 'range', left: l as Term[], right: r as Term[], printed: printedOf(readings) };
}

/** Whose figures a reading cut, and as printed: the row of table 三, or table 四's one run. */
function printedOf(readings: readonly CellReading[]): Printed[] {
  return readings
    .filter((r) => r.printed !== '')
    .map((r) => {
      const [table = '', ...rest] = (r.cells[0] ?? '').split('.');
      rest.pop();
      const label = table === 'requests' ? { zh: rowLabel(table, rest.join('.')), en: rowLabel(table, rest.join('.'), 'en') } : { zh: '表四', en: 'Table 4' };
      return { label, text: r.printed };
    });
}
