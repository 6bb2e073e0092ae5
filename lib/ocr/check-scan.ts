import { buildExtraction } from '../extract/map/build-extraction';
import type { RawCell } from '../extract/raw-table';
import { tableOfPath } from '../model/cell-ref';
import type { ExtractionProblem, TableName } from '../model/types';
import { checkSource, type CheckResult } from '../pipeline';
import { eachCell } from '../rules/helpers/each-cell';
import { acceptFigures, type Acceptance } from './accept-figures';
import type { FigureReading } from './allowed-reading';
import type { GrayImage } from './gray-image';
import type { ScanReading } from './read-scan';
import { templateEquations } from './template-equations';

/** A scanned report checked: the usual result, the picture of each OCR'd cell by path, and the arithmetic's verdicts. */
export interface ScanCheck extends CheckResult {
  images: Map<string, GrayImage>;
  acceptance: Acceptance;
}

/**
 * Checks a scanned report read by readScan: maps its tables once to find where each figure sits,
 * lets the template's arithmetic decide on every figure (acceptFigures), writes the decisions into
 * the raw cells (a correction as the cell's text, an unread figure as `unread` with a cells-unread
 * problem naming what was read), then runs the same mapper and rules as every other reader.
 */
export function checkScan(reading: ScanReading, source: string): ScanCheck {
  const first = buildExtraction(reading.doc, true);
  const rawAt = new Map<string, RawCell>();
  reading.doc.tables.forEach((t) => t.rows.flat().forEach((c) => rawAt.set(`${t.index}:${c.row}:${c.col}`, c)));
  const readings = new Map<string, FigureReading>();
  const fixed = new Map<string, number>();
  const raws = new Map<string, RawCell>();
  const images = new Map<string, GrayImage>();
  for (const placed of eachCell(first.tables)) {
    const at = placed.cell.at;
    const raw = at && rawAt.get(`${at.table}:${at.row}:${at.col}`);
    const ocr = raw && reading.cells.get(raw);
    if (!raw || !ocr) continue;
    raws.set(placed.path, raw);
    images.set(placed.path, ocr.image);
    const blank = ocr.text === '' && !ocr.smudged;
    const value = placed.cell.value ?? undefined;
    // an empty cell is blank; anything else not read as a figure (a "—" may be a 0's remains or a
    // border's) is a figure to find: the arithmetic may solve it, else it is unread
    if (blank) fixed.set(placed.path, 0);
    else readings.set(placed.path, { value, blank, alternatives: ocr.alternatives, ...(ocr.digits ? { digits: ocr.digits } : {}) });
  }
  const acceptance = acceptFigures(readings, fixed, templateEquations(first.format, first.tables.requests));
  const unread = new Map<TableName, string[]>();
  for (const [path, d] of acceptance.decisions) {
    const raw = raws.get(path)!;
    // table 二 sits in no equation: read, never proven (labelled 未经核验（OCR）)
    raw.ocr!.status = d.status;
    if (d.status === 'corrected') raw.text = String(d.value);
    if (d.status === 'unread') {
      raw.unread = true;
      const table = tableOfPath(path) as TableName;
      unread.set(table, [...(unread.get(table) ?? []), path]);
    }
  }
  const problems: ExtractionProblem[] = [...unread].map(([table, cells]) => ({
    kind: 'cells-unread',
    table,
    cells,
    detail: {
      code: 'ocr-unproven',
      cells: cells.map((p) => {
        const o = raws.get(p)!.ocr!;
        return { path: p, read: o.read, alternatives: o.alternatives.filter((a) => a.text !== o.read && a.p >= 0.01).map((a) => a.text) };
      }),
    },
  }));
  const doc = { ...reading.doc, problems: [...(reading.doc.problems ?? []), ...problems] };
  return { ...checkSource(doc, source, true), images, acceptance };
}
