import { allSplits, MAX_OPTIONS } from './all-splits';
import type { DecodedRow } from './decode-rows';
import { freeSlots, ROW_SLOTS } from './split-run';
import { spacedSplits } from './spaced-figure';
import { tokenValue } from './token-value';

/** The values one cell may hold: a number read, the values its row's splits give it, or any count (null). */
type Values = Set<number> | null;

/** Sums reachable by adding one value of each operand, while there are few enough to list; null: any count. */
const MAX_SUMS = 10_000;

/** One column equation of table 三: Σ left = Σ right in column `col`. */
interface Equation {
  col: number;
  left: readonly string[];
  right: readonly string[];
}

/**
 * Sets aside the rows of table 三 that the arithmetic chose (their 总计, or the columns) when the columns
 * (T3-A: 一 + 二 = （七） + 四; T3-C: （七） = its `outcomes`) say that another split of theirs is what is
 * printed. A report wrong in one figure of a row may let another split of that row fit its 总计 by chance
 * (`31|2519|0|19|3|1|2568` with 2519 misprinted read as 31|251|90|193|1|2|568): shown, those would be
 * numbers that are not printed. Set aside, the row is unread with every split it allows, and the rules
 * reason over them. Rows read by their digits alone stay: those are what is printed.
 *
 * Only the fewest rows that explain the failing columns are set aside: each round takes the row (or the
 * rows tied) whose best other split leaves the fewest column equations failing, while that is fewer than
 * now. A misread （七）总计 breaks nearly every column, and almost any row's other split can mend one of
 * them by chance; setting those aside too would leave so many rows open that no error could be proven,
 * hiding the report's real error behind `?`.
 */
export function distrustByColumns(rows: DecodedRow[], outcomes: readonly string[]): void {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  // the rows set aside: every split each allows, and per column the values those give
  const freed = new Map<DecodedRow, { options: string[][] | null; values: Values[] }>();
  const valuesOf = (key: string, col: number): Values | undefined => {
    const row = byKey.get(key);
    if (!row) return undefined;
    const set = freed.get(row);
    if (set) return set.values[col];
    if (row.cells) {
      const v = tokenValue(row.cells[col]);
      return v === null ? undefined : new Set([v]);
    }
    if (!row.options) return null;
    const vs = row.options.map((o) => tokenValue(o[col]));
    return vs.includes(null) ? undefined : new Set(vs as number[]);
  };
  const equations: Equation[] = [];
  for (let col = 0; col < 7; col++) {
    equations.push({ col, left: ['newReceived', 'carriedOver'], right: ['totalProcessed', 'carriedForward'] });
    equations.push({ col, left: outcomes, right: ['totalProcessed'] });
  }
  /** Whether `eq` can hold, with `key`'s cell in its column taken as `value` when given. */
  const holds = (eq: Equation, key?: string, value?: number): boolean | undefined => {
    const vs = [...eq.left, ...eq.right].map((k) => (k === key && value !== undefined ? new Set([value]) : valuesOf(k, eq.col)));
    // a row missing, or a mark: nothing to say
    if (vs.includes(undefined)) return undefined;
    return canBalance(vs.slice(0, eq.left.length) as Values[], vs.slice(eq.left.length) as Values[]);
  };
  const failing = () => equations.filter((eq) => holds(eq) === false);
  let now = failing();
  while (now.length > 0) {
    const keys = new Set(now.flatMap((eq) => [...eq.left, ...eq.right]));
    let best = now.length;
    let picks: DecodedRow[] = [];
    for (const key of keys) {
      const row = byKey.get(key);
      if (!row || freed.has(row) || (row.how !== 'row-total' && row.how !== 'columns')) continue;
      const fewest = fewestFailing(row, equations, now, holds);
      if (fewest < best) [best, picks] = [fewest, [row]];
      else if (fewest === best && picks.length > 0) picks.push(row);
    }
    if (picks.length === 0) break;
    for (const row of picks) {
      const options = splitsOf(row.run);
      freed.set(row, { options, values: columnValues(options) });
    }
    now = failing();
  }
  for (const [row, { options }] of freed) {
    // a freed row was read by the arithmetic ('row-total' or 'columns'), so it has cells
    if (row.cells) {
      row.distrusted = row.cells;
      row.candidates = [row.cells];
    }
    row.cells = null;
    row.how = null;
    row.options = options;
  }
}

/**
 * The fewest equations failing when `row` is read as one of its splits (as many as `now` when it has no other:
 * the split read fails just those of `now`).
 */
function fewestFailing(
  row: DecodedRow,
  equations: readonly Equation[],
  now: readonly Equation[],
  holds: (eq: Equation, key?: string, value?: number) => boolean | undefined,
): number {
  const splits = allSplits(row.run, ROW_SLOTS);
  if (!splits) return now.length;
  const mine = equations.filter((eq) => eq.left.includes(row.key) || eq.right.includes(row.key));
  // the equations this row is not in fail or hold whatever split it takes
  const fixed = now.filter((eq) => !mine.includes(eq)).length;
  // the same figure recurs across splits: each equation is tried once per value
  const memo = mine.map((eq) => ({ eq, known: new Map<number, boolean>() }));
  let fewest = now.length;
  for (const split of splits) {
    let n = fixed;
    for (const { eq, known } of memo) {
      const v = tokenValue(split[eq.col]);
      if (v === null) continue;
      let ok = known.get(v);
      if (ok === undefined) known.set(v, (ok = holds(eq, row.key, v) !== false));
      if (!ok) n++;
    }
    fewest = Math.min(fewest, n);
  }
  return fewest;
}

/** Every split a row allows; a row read with a figure printed with a space inside has none with every space a boundary. */
function splitsOf(run: string): string[][] | null {
  const options = allSplits(run, ROW_SLOTS);
  return options?.length === 0 ? spacedSplits(run, freeSlots(ROW_SLOTS), MAX_OPTIONS).splits : options;
}

/** Per column, the values a row set aside may hold, from its splits (null: too many splits to list). */
function columnValues(options: string[][] | null): Values[] {
  return Array.from({ length: 7 }, (_, col) => {
    if (!options) return null;
    const vs = options.map((o) => tokenValue(o[col]));
    return vs.includes(null) ? null : new Set(vs as number[]);
  });
}

/** Whether some choice of one value per operand makes Σleft = Σright (any count: ≥ 0, unbounded). */
function canBalance(left: Values[], right: Values[]): boolean {
  const l = sums(left);
  const r = sums(right);
  if (l === null || r === null) {
    // an operand of any count: only a bound can rule the balance out
    const lo = (vs: Values[]) => vs.reduce((s, v) => s + (v ? Math.min(...v) : 0), 0);
    const hi = (vs: Values[]) => (vs.includes(null) ? Infinity : vs.reduce((s, v) => s + (v ? Math.max(...v) : 0), 0));
    return lo(left) <= hi(right) && lo(right) <= hi(left);
  }
  for (const x of l) if (r.has(x)) return true;
  return false;
}

function sums(values: Values[]): Set<number> | null {
  let acc = new Set([0]);
  for (const v of values) {
    if (v === null) return null;
    const next = new Set<number>();
    for (const a of acc) for (const b of v) next.add(a + b);
    if (next.size > MAX_SUMS) return null;
    acc = next;
  }
  return acc;
}
