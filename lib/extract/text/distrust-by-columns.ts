import { allSplits, MAX_OPTIONS } from './all-splits';
import type { DecodedRow } from './decode-rows';
import { freeSlots, ROW_SLOTS } from './split-run';
import { spacedSplits } from './spaced-figure';
import { tokenValue } from './token-value';

/** The values one cell may hold: a number read, the values its row's splits give it, or any count (null). */
type Values = Set<number> | null;

/** Sums reachable by adding one value of each operand, while there are few enough to list; null: any count. */
const MAX_SUMS = 10_000;

/**
 * Sets aside the rows of table 三 that the arithmetic chose (their 总计, or the columns) where a column
 * they stand in cannot add up (T3-A: 一 + 二 = （七） + 四; T3-C: （七） = its `outcomes`), whatever the
 * rows not read hold, and another split of theirs would let it add up. A report wrong in one figure of a row may let another split of that row fit its
 * 总计 by chance (`31|2519|0|19|3|1|2568` with 2519 misprinted read as 31|251|90|193|1|2|568): shown, those
 * would be numbers that are not printed. Set aside, the row is unread with every split it allows, and the
 * rules reason over them. Rows read by their digits alone stay: those are what is printed.
 */
export function distrustByColumns(rows: DecodedRow[], outcomes: readonly string[]): void {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const valuesOf = (key: string, col: number): Values | undefined => {
    const row = byKey.get(key);
    if (!row) return undefined;
    const pick = (t: string | undefined) => tokenValue(t) ?? undefined;
    if (row.cells) {
      const v = pick(row.cells[col]);
      return v === undefined ? undefined : new Set([v]);
    }
    if (!row.options) return null;
    const vs = row.options.map((o) => pick(o[col]));
    return vs.includes(undefined) ? undefined : new Set(vs as number[]);
  };
  const suspect = new Set<DecodedRow>();
  for (let col = 0; col < 7; col++) {
    for (const [left, right] of [
      [
        ['newReceived', 'carriedOver'],
        ['totalProcessed', 'carriedForward'],
      ],
      [outcomes, ['totalProcessed']],
    ] as const) {
      const keys = [...left, ...right];
      const vs = keys.map((k) => valuesOf(k, col));
      // a row missing, or a mark: nothing to say
      if (vs.includes(undefined)) continue;
      const balances = (values: Values[]) => canBalance(values.slice(0, left.length), values.slice(left.length));
      if (balances(vs as Values[])) continue;
      // the rows the arithmetic chose whose other splits would let the column add up: one of them may be misread
      keys.forEach((k, i) => {
        const row = byKey.get(k)!;
        if (row.how !== 'row-total' && row.how !== 'columns') return;
        const others = new Set((otherSplits(row) ?? []).map((o) => tokenValue(o[col])).filter((v) => v !== null));
        if (others.size > 0 && balances((vs as Values[]).map((v, j) => (j === i ? others : v)))) suspect.add(row);
      });
    }
  }
  for (const row of suspect) {
    row.distrusted = row.cells!;
    row.candidates = [row.cells!];
    row.cells = null;
    row.how = null;
    const options = allSplits(row.run, ROW_SLOTS);
    // a row read with a figure printed with a space inside has no split with every space a boundary
    row.options = options?.length === 0 ? spacedSplits(row.run, freeSlots(ROW_SLOTS), MAX_OPTIONS).splits : options;
  }
}

const others = new WeakMap<DecodedRow, string[][] | null>();

/** The splits of a row other than the one read (null: too many to list). */
function otherSplits(row: DecodedRow): string[][] | null {
  if (!others.has(row)) {
    const read = row.cells!.join('|');
    others.set(row, allSplits(row.run, ROW_SLOTS)?.filter((s) => s.join('|') !== read) ?? null);
  }
  return others.get(row)!;
}

/** Whether some choice of one value per operand makes Σleft = Σright (any count: ≥ 0, unbounded). */
function canBalance(left: Values[], right: Values[]): boolean {
  const l = sums(left);
  const r = sums(right);
  if (l === null || r === null) {
    // an operand of any count: only a bound can rule the balance out
    const lo = (vs: Values[]) => vs.reduce((s, v) => s + (v ? Math.min(...v) : 0), 0);
    const hi = (vs: Values[]) => (vs.includes(null) ? Infinity : vs.reduce((s, v) => s + Math.max(...v!), 0));
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
