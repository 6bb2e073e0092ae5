import type { CellReading } from '../../model/types';
import { tokenValue } from './token-value';

/** A not-applicable mark among the figures: a cell it stands for holds no number. */
const MARK = /[/\\\-—－–]/;

/**
 * What the printed figures still allow for cells left unread (ExtractionProblem.readings), from the splits
 * decode-rows listed for their run: `pick` takes from each split the tokens of `cells` (table 四's run holds
 * all three groups). Splits that agree on these cells count once. A run that is not figures (null), or
 * whose figures cannot be cut into its cells ([]), says nothing of them, not even that they are filled;
 * an empty run is a row of blanks; splits too many to list (null) leave counts ≥ 0, or blanks where a mark is printed,
 * and `unbalanced` when no split lets the row's own totals add up (`sums`, places in `cells`).
 * @example readingOf(['requests.granted.natural'], '12', [['1'], ['12']]).options → [[1], [12]]
 */
export function readingOf(
  cells: string[],
  run: string | null,
  splits: string[][] | null,
  pick = (s: string[]) => s,
  unbalanced?: { sums: { of: number[]; total: number }[]; samples: string[][] },
): CellReading {
  if (run === null) return { cells, options: null, blank: true, printed: '' };
  if (run.trim() === '') return { cells, options: [cells.map(() => null)], printed: '' };
  if (splits === null) {
    const reading: CellReading = { cells, options: null, blank: MARK.test(run), printed: run };
    if (unbalanced) reading.unbalanced = { sums: unbalanced.sums, samples: unbalanced.samples.map((s) => pick(s).map(tokenValue)) };
    return reading;
  }
  if (splits.length === 0) return { cells, options: null, blank: true, printed: run };
  const distinct = new Map(splits.map((s) => pick(s).map(tokenValue)).map((v) => [v.join('|'), v]));
  return { cells, options: [...distinct.values()], printed: run };
}
