import { REVIEW_GROUPS } from '../../model/keys';
import { allSplits } from './all-splits';
import { distrustByColumns } from './distrust-by-columns';
import { spacedSplits } from './spaced-figure';
import { tokenValue } from './token-value';
import { freeSlots, REVIEW_SLOTS, ROW_SLOTS, splitRun, type Slot } from './split-run';
import { soleItem } from '../../model/item-at';

/** How a row's cells were told apart: by the digits alone, by the row's 总计, by the columns' arithmetic. */
export type SplitHow = 'digits' | 'row-total' | 'columns';

/** One row of run-together figures, decoded or not. `cells` is null when the row is not read. */
export interface DecodedRow {
  key: string;
  run: string;
  cells: string[] | null;
  how: SplitHow | null;
  /** the splits that fit, when there are several (or those the digits allow, when none fits) */
  candidates: string[][];
  /**
   * A row not read: every split its digits allow, whatever the arithmetic (table 四: of the whole run, all
   * three groups at once); [] when the figures cannot be cut into the row's cells; null when too many to list.
   */
  options?: string[][] | null;
  /** the split its 总计 alone chose, set aside because a column it stands in does not add up */
  distrusted?: string[];
  /** options too many to list, and no split lets the row's own totals add up: a few splits to show */
  unbalanced?: string[][];
  /** `candidates` lists only some of the splits: said when they are shown, so a cut list is not read as all */
  more?: boolean;
}

const MAX_COMBINATIONS = 20_000;
const LISTED = 6;

/** Splits nearest to adding up first (217|1|0|0|0|0|217 before 2|1|7|100|0|0|217): the ones listed for people. */
function nearestFirst(splits: string[][]): string[][] {
  const miss = (s: string[]) => {
    // a mark counts 0; the last figure is the row's 总计
    const v = s.map((t) => tokenValue(t) ?? 0);
    const total = v.pop() ?? 0;
    return Math.abs(v.reduce((a, b) => a + b, 0) - total);
  };
  // a stable sort: splits as far from adding up keep the search's order
  return splits
    .map((s) => ({ s, d: miss(s) }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.s);
}

/**
 * Decodes the rows of table 三 from their run-together figures (one string per row, as printed).
 * A row whose digits allow one split only is read ('digits'); else the split whose 总计 equals the six
 * columns ('row-total', T3-B); where several remain, only those that also let every column balance
 * (T3-A: 一 + 二 = （七） + 四; T3-C: （七） = its outcomes) count, and a row is read ('columns') when all the
 * assignments that balance agree on it. Anything else is not read (cells null, candidates kept): the
 * rules never run on a guess. A row that no split fits with its 总计 is read only when its digits
 * allow one split (the rules then report its 总计). A row the arithmetic chose is set aside again when a
 * column it stands in does not add up: a wrong figure elsewhere in its row may let another split fit.
 */
export function decodeRequests(rows: ReadonlyArray<{ key: string; run: string }>, outcomes: readonly string[]): DecodedRow[] {
  const open: DecodedRow[] = [];
  const out = rows.map(({ key, run }): DecodedRow => {
    const free = splitRun(run, freeSlots(ROW_SLOTS), 2);
    const freeOne = soleItem(free.splits);
    if (freeOne && !free.truncated) return { key, run, cells: freeOne, how: 'digits', candidates: [] };
    if (free.splits.length === 0 && !free.truncated) {
      // more figures than cells: one of them may be printed with a space inside (`1 0`)
      const spaced = spacedSplits(run, freeSlots(ROW_SLOTS));
      // (with no spaced split either, what follows finds none, as the search below would: no cells, no options)
      if (!spaced.truncated) {
        const spacedOne = soleItem(spaced.splits);
        if (spacedOne) return { key, run, cells: spacedOne, how: 'digits', candidates: [] };
        const fits = spacedSplits(run, ROW_SLOTS).splits;
        const fitsOne = soleItem(fits);
        if (fitsOne) return { key, run, cells: fitsOne, how: 'row-total', candidates: [] };
        const row: DecodedRow = {
          key,
          run,
          cells: null,
          how: null,
          candidates: fits.length > 0 ? fits : spaced.splits.slice(0, LISTED),
          options: spaced.splits,
        };
        if (fits.length > 1) open.push(row);
        return row;
      }
    }
    const fit = splitRun(run, ROW_SLOTS, 64);
    const fitOne = soleItem(fit.splits);
    if (fitOne && !fit.truncated) return { key, run, cells: fitOne, how: 'row-total', candidates: [] };
    const options = allSplits(run, ROW_SLOTS);
    if (fit.truncated) return { key, run, cells: null, how: null, candidates: [], options };
    if (fit.splits.length === 0) {
      const all = options ?? splitRun(run, freeSlots(ROW_SLOTS), LISTED + 1).splits;
      const candidates = nearestFirst(all).slice(0, LISTED);
      const more = options === null || all.length > LISTED;
      // too many splits to list, but the search on the row's 总计 tried them all: none adds up
      return {
        key,
        run,
        cells: null,
        how: null,
        candidates,
        options,
        ...(more ? { more } : {}),
        ...(options === null && candidates.length > 0 ? { unbalanced: candidates } : {}),
      };
    }
    const row: DecodedRow = { key, run, cells: null, how: null, candidates: fit.splits, options };
    open.push(row);
    return row;
  });
  resolveByColumns(out, open, outcomes);
  distrustByColumns(out, outcomes);
  return out;
}

/**
 * Rows with several fitting splits: the assignments under which every checkable column balances
 * (`outcomes`: the rows （七）总计 adds up, which differ between the 2021 and the single-（六） tables).
 */
function resolveByColumns(rows: readonly DecodedRow[], open: readonly DecodedRow[], outcomes: readonly string[]): void {
  const combinations = open.reduce((n, r) => n * r.candidates.length, 1);
  if (combinations > MAX_COMBINATIONS) return;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const chosen = new Map<string, string[]>();
  const value = (key: string, col: number): number | null => {
    const row = byKey.get(key);
    const cells = row ? (chosen.get(key) ?? row.cells) : null;
    return tokenValue(cells?.[col]);
  };
  const balances = (): boolean => {
    for (const col of ROW_SLOTS.keys()) {
      const [a0, a1, b0, b1] = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((k) => value(k, col));
      if (a0 != null && a1 != null && b0 != null && b1 != null && a0 + a1 !== b0 + b1) return false;
      const parts = outcomes.map((k) => value(k, col)).filter((v) => v !== null);
      const total = value('totalProcessed', col);
      if (total !== null && parts.length === outcomes.length && parts.reduce((s, v) => s + v, 0) !== total) return false;
    }
    return true;
  };
  // per open row: the candidate chosen now (`at`) and those chosen in an assignment that balances
  const seen = open.map((row) => ({ row, at: 0, picks: new Set<number>() }));
  const walk = (i: number): void => {
    const s = seen[i];
    if (!s) {
      // past the last open row: each has a candidate chosen
      if (balances()) for (const x of seen) x.picks.add(x.at);
      return;
    }
    for (const [at, c] of s.row.candidates.entries()) {
      chosen.set(s.row.key, c);
      s.at = at;
      walk(i + 1);
    }
    chosen.delete(s.row.key);
  };
  walk(0);
  for (const { row: r, picks: found } of seen) {
    // in the order the row lists them
    const picks = r.candidates.filter((_, k) => found.has(k));
    const one = soleItem(picks);
    if (one) {
      r.cells = one;
      r.how = 'columns';
      r.candidates = [];
      delete r.options;
    } else if (picks.length > 0) r.candidates = picks;
  }
}

/** A row with no arithmetic of its own (表二): read only when its digits allow one split. */
export function decodeByDigits(key: string, run: string, slots: readonly Slot[]): DecodedRow {
  // one more than listed: the search stops at its limit, so a list of exactly LISTED is known whole
  const free = splitRun(run, slots, LISTED + 1);
  const one = soleItem(free.splits);
  if (one && !free.truncated) return { key, run, cells: one, how: 'digits', candidates: [] };
  return { key, run, cells: null, how: null, candidates: free.splits.slice(0, LISTED), ...(free.splits.length > LISTED ? { more: true } : {}) };
}

/**
 * Table 四's one row of 15 figures: read whole when the digits allow one split; else the splits whose
 * three 总计 equal their groups (T4-A/B/C), each group read where all of them agree on it. A group that
 * stays open is not read; when no split balances, nothing is.
 */
export function decodeReview(run: string): DecodedRow[] {
  const free = splitRun(run, freeSlots(REVIEW_SLOTS), 2);
  const one = soleItem(free.splits);
  if (one && !free.truncated) return REVIEW_GROUPS.map((key, g) => ({ key, run, cells: one.slice(g * 5, g * 5 + 5), how: 'digits', candidates: [] }));
  const fit = splitRun(run, REVIEW_SLOTS, 64);
  const rows = REVIEW_GROUPS.map((key, g): DecodedRow => {
    const parts = fit.truncated ? [] : fit.splits.map((s) => s.slice(g * 5, g * 5 + 5));
    const distinct = [...new Map(parts.map((p) => [p.join('|'), p])).values()];
    const only = soleItem(distinct);
    if (only) return { key, run, cells: only, how: 'row-total', candidates: [] };
    return { key, run, cells: null, how: null, candidates: distinct.slice(0, LISTED) };
  });
  // one run fixes all three groups: the splits left for the groups not read are those that give the read ones their cells
  if (rows.every((r) => r.cells)) return rows;
  const all = allSplits(run, REVIEW_SLOTS);
  const options = all?.filter((s) => rows.every((r, g) => !r.cells || r.cells.every((c, i) => s[g * 5 + i] === c)));
  // too many splits to list, but the search on the three 总计 tried them all: none lets all three add up
  const samples = !all && !fit.truncated && fit.splits.length === 0 ? splitRun(run, freeSlots(REVIEW_SLOTS), LISTED).splits : [];
  for (const r of rows) {
    if (r.cells) continue;
    r.options = options ?? null;
    if (samples.length > 0) r.unbalanced = samples;
  }
  return rows;
}
