import { freeSlots, type Slot, splitRun } from './split-run';

/** Splits listed per unread row for the rules to reason over; past this its cells are only known to be counts. */
export const MAX_OPTIONS = 4096;

/**
 * Every split of `run` into `slots` the digits allow, whatever the arithmetic, or null when there are
 * more than MAX_OPTIONS (or the search ran out of steps).
 * @example allSplits('110000011', ROW_SLOTS)?.length → 3
 */
export function allSplits(run: string, slots: readonly Slot[]): string[][] | null {
  const all = splitRun(run, freeSlots(slots), MAX_OPTIONS);
  return all.truncated ? null : all.splits;
}
