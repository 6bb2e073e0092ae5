import type { CellReading, ExtractionProblem, ReportTables } from '../../model/types';
import { eachCell } from './each-cell';
import { isUnsureOcr, ocrReading } from './ocr-reading';

/** Where an unread cell stands in what its printed figures allow: the reading, and the cell's place in each option. */
export interface ReadingPlace {
  reading: CellReading;
  at: number;
}

export type ReadingIndex = ReadonlyMap<string, ReadingPlace>;

/**
 * The readings the readers left for unread cells (problems cells-unread), by cell path, and those of every
 * figure read by OCR that the arithmetic did not prove (its reading and the recogniser's alternatives). A cell
 * with no reading is only known to be printed: some count ≥ 0. Built afresh on each call: it reads the cells
 * as they are now (a cache keyed by the problems array answered from cells since edited), and building it
 * walks some 200 cells, a few microseconds.
 * @example readingIndex({ problems: [{ kind: 'cells-unread', table: 'requests', readings: [{ cells: ['requests.granted.natural'], options: [[1], [12]], printed: '12' }] }], tables }).get('requests.granted.natural')?.at → 0
 */
export function readingIndex(ex: { problems: readonly ExtractionProblem[]; tables: ReportTables }): ReadingIndex {
  const index = new Map<string, ReadingPlace>();
  for (const p of ex.problems) for (const reading of p.readings ?? []) reading.cells.forEach((path, at) => index.set(path, { reading, at }));
  for (const c of eachCell(ex.tables)) {
    if (!isUnsureOcr(c.cell) || index.has(c.path)) continue;
    const reading = ocrReading(c.path, c.cell);
    if (reading) index.set(c.path, { reading, at: 0 });
  }
  return index;
}
