import type { JointCase, JointCheck, Printed } from '../../model/finding';
import { eachReading } from './each-reading';
import { isOwnTotal, unbalancedReading } from './own-totals';
import { holds, LISTED, miss, nearestFirst, printedOf } from './prove-violated';
import type { ReadingIndex } from './reading-index';
import { itemAt } from '../../model/item-at';

/** Checks that no reading satisfies all at once (FindingDetail jointly). */
export interface JointViolation {
  kind: 'jointly';
  checks: JointCheck[];
  cases: JointCase[];
  count: number | null;
  printed: Printed[];
}

/**
 * Whether every way of reading the unread figures makes at least one of `checks` fail, though each
 * alone may hold under some reading (table 四's one run: a split that balances one group unbalances
 * another). Null when some reading lets every check hold or leaves one that cannot be made (a mark or
 * a blank), when no figure is unread, or when the readings are too many to try.
 */
export function proveJointlyViolated(checks: JointCheck[], index: ReadingIndex): JointViolation | null {
  const terms = checks.flatMap((c) => [...c.left, ...c.right]);
  if (!terms.some((t) => t.unread)) return null;
  const cases: (Omit<JointCase, 'split'> & { terms: (number | null)[] })[] = [];
  const walk = eachReading(terms, index, (values) => {
    let at = 0;
    const split = checks.map((c) => {
      const side = { left: values.slice(at, at + c.left.length), right: values.slice(at + c.left.length, at + c.left.length + c.right.length) };
      at += c.left.length + c.right.length;
      return side;
    });
    // one side pair per check, in their order
    const failed = split.findIndex(
      (s, i) => !s.left.includes(null) && !s.right.includes(null) && !holds(itemAt(checks, i, 'joint check').relation, s.left, s.right),
    );
    if (failed < 0) return false;
    cases.push({ failed, values: split, terms: values });
    return true;
  });
  if (walk.kind === 'too-many') return byOwnTotals(checks, index);
  if (walk.kind !== 'done') return null;
  const nearest = nearestFirst(cases, (c) => c.values.reduce((s, v) => s + miss(v), 0)).slice(0, LISTED);
  // each listed reading as the split of every run printed: the value of each of its cells among the terms
  const shown = walk.readings.filter((r) => r.printed !== '');
  const listed = nearest.map(({ terms: values, ...c }) => {
    const byPath = new Map(terms.map((t, i) => [t.path, values[i] ?? null]));
    return { split: shown.map((r) => r.cells.map((p) => byPath.get(p) ?? null)), ...c };
  });
  return { kind: 'jointly', checks, cases: listed, count: cases.length, printed: printedOf(shown) };
}

/**
 * Checks that are all the totals of one run whose splits were too many to list: the reader's search,
 * pruned on those totals, found no split that lets them all add up (CellReading.unbalanced).
 */
function byOwnTotals(checks: JointCheck[], index: ReadingIndex): JointViolation | null {
  const found = unbalancedReading(
    checks.flatMap((c) => [...c.left, ...c.right]),
    index,
  );
  const own = found?.reading.unbalanced;
  if (!found || !own || checks.some((c) => c.relation !== 'sum' || c.right.length !== 1)) return null;
  let at = 0;
  const runs = checks.map((check) => {
    const places = found.places.slice(at, at + check.left.length + 1);
    at += check.left.length + 1;
    return { check, places };
  });
  // every total of the run, each checked once: then no split satisfies all the checks
  const covered = own.sums.every((sum) => runs.some(({ check, places }) => isOwnTotal(places, check.left.length, sum)));
  if (!covered || own.sums.length !== checks.length) return null;
  // a place indexes the run's cells, and a sample has a value for each; each check's places are its parts, then its total
  const cell = (s: readonly (number | null)[], x: number) => itemAt(s, x, 'sample cell');
  const cases = own.samples.map((s) => {
    const values = runs.map(({ check, places }) => ({
      left: places.slice(0, check.left.length).map((x) => cell(s, x)),
      right: [cell(s, itemAt(places, check.left.length, 'total place'))],
    }));
    return { split: [s], failed: values.findIndex((v, i) => !holds(itemAt(checks, i, 'joint check').relation, v.left, v.right)), values };
  });
  return { kind: 'jointly', checks, cases: cases.filter((c) => c.failed >= 0).slice(0, LISTED), count: null, printed: printedOf([found.reading]) };
}
