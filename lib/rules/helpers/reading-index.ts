import type { CellReading, ExtractionProblem } from '../../model/types';

/** Where an unread cell stands in what its printed figures allow: the reading, and the cell's place in each option. */
export interface ReadingPlace {
  reading: CellReading;
  at: number;
}

export type ReadingIndex = ReadonlyMap<string, ReadingPlace>;

const cache = new WeakMap<readonly ExtractionProblem[], ReadingIndex>();

/**
 * The readings the readers left for unread cells (problems cells-unread), by cell path. A cell with no
 * reading is only known to be printed: some count ≥ 0.
 * @example readingIndex([{ kind: 'cells-unread', table: 'requests', readings: [{ cells: ['requests.granted.natural'], options: [[1], [12]], printed: '12' }] }]).get('requests.granted.natural')?.at → 0
 */
export function readingIndex(problems: readonly ExtractionProblem[]): ReadingIndex {
  const known = cache.get(problems);
  if (known) return known;
  const index = new Map<string, ReadingPlace>();
  for (const p of problems) for (const reading of p.readings ?? []) reading.cells.forEach((path, at) => index.set(path, { reading, at }));
  cache.set(problems, index);
  return index;
}
