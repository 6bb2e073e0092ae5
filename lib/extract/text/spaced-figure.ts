import { type Slot, splitRun } from './split-run';

/**
 * The splits of a run that has more figures than the row has cells because one figure was printed with a
 * space inside it (seed 002's （七）总计 `1 0 0 0 0 0 0 10`: eight figures for seven cells, its 自然人 printed
 * `1 0`). splitRun takes every space for a cell boundary; here each space between two digits is, in turn,
 * taken as inside a cell, and the splits the digits then allow are returned with that cell as printed
 * (`1 0`, which parseNumber reads as 10 with note inner-space, and rule number-spacing says so).
 *
 * Only one space is joined: a figure whose digits would start with 0 is still no cell, so `0 10` or `0 0`
 * never join. Used only when no split exists with every space a boundary. `slots` as splitRun takes them: with
 * a 总计 slot only the splits that add up, with freeSlots every split the digits allow.
 * @example spacedSplits('1 0 0 0 0 0 0 10', freeSlots(ROW_SLOTS)) → [['1 0', '0', '0', '0', '0', '0', '10']]
 */
export function spacedSplits(run: string, slots: readonly Slot[], limit = 64): { splits: string[][]; truncated: boolean } {
  const splits: string[][] = [];
  let truncated = false;
  for (const gap of run.matchAll(/(?<=\d)[ \u00a0\u3000]+(?=\d)/g)) {
    const at = gap.index;
    const before = run.slice(0, at);
    const joined = before + run.slice(at + gap[0].length);
    const result = splitRun(joined, slots, limit);
    truncated ||= result.truncated;
    // the digit offset of the join: cells are substrings of `joined`, so count digits up to it
    const digitsBefore = before.replace(/\D/g, '').length;
    // no split is found twice: each gap puts its space at another place in the digits
    for (const split of result.splits) {
      const spaced = withSpace(split, digitsBefore, gap[0]);
      if (spaced) splits.push(spaced);
    }
  }
  return { splits, truncated };
}

/** The split with the space put back into the cell that spans the join; null when the join falls between two cells (a split splitRun already tried). */
function withSpace(split: readonly string[], digitsBefore: number, space: string): string[] | null {
  let offset = 0;
  for (const [i, cell] of split.entries()) {
    const digits = cell.replace(/\D/g, '').length;
    // (a mark has no digits: the join is never inside it)
    if (digitsBefore > offset && digitsBefore < offset + digits) {
      const k = digitsBefore - offset;
      return [...split.slice(0, i), cell.slice(0, k) + space + cell.slice(k), ...split.slice(i + 1)];
    }
    offset += digits;
  }
  return null;
}
