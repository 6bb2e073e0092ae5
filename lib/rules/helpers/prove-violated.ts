import { parseCellPath } from '../../model/cell-ref';
import { rowLabel } from '../../model/cell-label';
import { span } from '../../model/format-reading';
import type { CellReading } from '../../model/types';
import type { Printed, ReadingCase, Relation, Term } from '../../model/finding';
import { eachReading } from './each-reading';
import { isOwnTotal, unbalancedReading } from './own-totals';
import type { ReadingIndex } from './reading-index';
import { round } from './terms';
import { itemAt } from '../../model/item-at';

/** A check shown to fail whichever way its unread figures are read (FindingDetail every-reading or range). */
export type Violation =
  | { kind: 'every-reading'; left: Term[]; right: Term[]; cases: ReadingCase[]; count: number | null; printed: Printed[] }
  | { kind: 'range'; left: Term[]; right: Term[]; printed: Printed[] };

/** Readings written out in a message. */
export const LISTED = 6;

const total = (vs: readonly (number | null)[]) => vs.reduce<number>((s, v) => s + (v ?? 0), 0);

/** How far a reading is from satisfying its check: the readings a message lists are the nearest (217+1 = 218 ≠ 217 before 2+1+7+100 ≠ 217). */
export function miss(c: ReadingCase): number {
  return Math.abs(total(c.left) - total(c.right));
}

/** The readings, the nearest to adding up first (a stable sort: the split order otherwise). */
export function nearestFirst<T>(cases: T[], distance: (c: T) => number = (c) => miss(c as ReadingCase)): T[] {
  return cases
    .map((c, i) => ({ c, i, d: distance(c) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);
}

/** Whether a check holds on these values (none of them null). */
export function holds(relation: Relation, left: readonly (number | null)[], right: readonly (number | null)[]): boolean {
  const l = total(left);
  const r = total(right);
  return relation === 'at-most' ? l <= r : round(l) === round(r);
}

/**
 * Whether a check with figures not read for sure fails under every way its printed figures may be read.
 * The readings that fix several cells at once (a row's split) are tried together: every combination of
 * the readings concerned where they are few enough, else bounds (the least and the most each unread
 * operand can be; a cell only known to be printed is some count ≥ 0). A failure over several rows'
 * readings (or more readings than a message lists) is told by its bound where the bound shows it. A blank
 * operand, a reading under which the check holds or cannot be made (a mark), or bounds that overlap prove
 * nothing: null.
 */
export function proveViolated(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null {
  const all = [...left, ...right];
  if (!all.some((t) => t.unread) || all.some((t) => !t.unread && t.value === null)) return null;
  const tried = byEveryReading(relation, left, right, index);
  if (tried === 'too-many') return byOwnTotal(relation, left, right, index) ?? byRange(relation, left, right, index);
  // readings of several rows, or more than a message lists: the bound says it in one sentence when it holds
  if (tried && (tried.printed.length > 1 || (tried.count ?? 0) > LISTED)) return byRange(relation, left, right, index) ?? tried;
  return tried;
}

function byEveryReading(
  relation: Relation,
  left: Term[],
  right: Term[],
  index: ReadingIndex,
): Extract<Violation, { kind: 'every-reading' }> | null | 'too-many' {
  const cases: ReadingCase[] = [];
  const walk = eachReading([...left, ...right], index, (values) => {
    if (values.some((v) => v === null)) return false;
    const c = { left: values.slice(0, left.length), right: values.slice(left.length) };
    if (holds(relation, c.left, c.right)) return false;
    cases.push(c);
    return true;
  });
  if (walk.kind !== 'done') return walk.kind === 'too-many' ? 'too-many' : null;
  return { kind: 'every-reading', left, right, cases: nearestFirst(cases).slice(0, LISTED), count: cases.length, printed: printedOf(walk.readings) };
}

/**
 * A row's own 总计 over a run whose splits were too many to list: the reader's search, pruned on that
 * total, found no split that adds up (CellReading.unbalanced), so the check fails under every one.
 */
function byOwnTotal(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null {
  const found = relation === 'sum' ? unbalancedReading([...left, ...right], index) : null;
  const own = found?.reading.unbalanced;
  const [sum] = own?.sums ?? [];
  if (!found || !own || own.sums.length !== 1 || !sum || !isOwnTotal(found.places, left.length, sum)) return null;
  const at = found.places;
  // a place indexes the run's cells, and a sample has a value for each; the total's place follows the parts'
  const cell = (s: readonly (number | null)[], p: number) => itemAt(s, p, 'sample cell');
  const cases = own.samples.map((s) => ({ left: at.slice(0, left.length).map((p) => cell(s, p)), right: [cell(s, itemAt(at, left.length, 'total place'))] }));
  return { kind: 'every-reading', left, right, cases: nearestFirst(cases).slice(0, LISTED), count: null, printed: printedOf([found.reading]) };
}

function byRange(relation: Relation, left: Term[], right: Term[], index: ReadingIndex): Violation | null {
  const bounded = (t: Term): Term | null => {
    if (!t.unread) return t;
    const place = index.get(t.path);
    if (!place?.reading.options) return place?.reading.blank ? null : { ...t, range: { min: 0, max: null } };
    // a place indexes the reading's cells, and an option gives a value for each of them
    const vs = place.reading.options.map((o) => itemAt(o, place.at, 'reading option cell'));
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
export function printedOf(readings: readonly CellReading[]): Printed[] {
  return readings
    .filter((r) => r.printed !== '')
    .map((r) => {
      const ref = parseCellPath(r.cells[0] ?? '');
      const label = ref?.table === 'requests' ? { zh: rowLabel(ref.table, ref.row), en: rowLabel(ref.table, ref.row, 'en') } : { zh: '表四', en: 'Table 4' };
      return { label, text: r.printed };
    });
}
