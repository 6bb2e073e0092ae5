import { parseTitle } from '../detect/parse-title';
import { buildExtraction } from '../extract/map/build-extraction';
import type { RawCell } from '../extract/raw-table';
import { tableOfPath } from '../model/cell-ref';
import type { ExtractionProblem, TableName } from '../model/types';
import { checkSource, type CheckResult } from '../pipeline';
import { eachCell } from '../rules/helpers/each-cell';
import { figureOdds } from '../rules/helpers/ocr-reading';
import { acceptFigures, type Acceptance } from './accept-figures';
import type { FigureReading } from './allowed-reading';
import type { GrayImage } from './gray-image';
import type { ScanReading } from './read-scan';
import { templateEquations } from './template-equations';
import { entryOf } from '../model/item-at';

/** A scanned report checked: the usual result, the picture of each OCR'd cell by path, and the arithmetic's verdicts. */
export interface ScanCheck extends CheckResult {
  images: Map<string, GrayImage>;
  acceptance: Acceptance;
}

/** The last part of a path or address, undecoded where it is not %-encoded UTF-8, without its extension. */
function fileName(source: string): string {
  // split gives one piece at least: the whole source when it has no query or fragment
  const last = (source.split(/[?#]/)[0] ?? source).split(/[\\/]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a name that is not %-encoded UTF-8 is taken as it is
  }
  return name.replace(/\.[a-z0-9]{1,5}$/i, '');
}

/**
 * The title a scan is known by: the one OCR read at the top of its first page where it is a report's title
 * (parseTitle), else the first of `names` (the link's text, the file's name) that is one, as the batch and
 * the CLI name a report; null when none is (the agency is then unknown, never a fragment).
 */
export function scanTitle(read: string | null, names: readonly string[]): string | null {
  if (read && parseTitle(read)) return read;
  return names.find((n) => parseTitle(n) !== null) ?? read;
}

/**
 * Checks a scanned report read by readScan: maps its tables once to find where each figure sits,
 * lets the template's arithmetic decide on every figure (acceptFigures), writes the decisions into
 * the raw cells (a correction as the cell's text, an unread figure as `unread` with a cells-unread
 * problem naming what was read), then runs the same mapper and rules as every other reader. A scan
 * whose title OCR did not read is known by the first of `names`, or by its file's name, that is a
 * report's title (scanTitle).
 */
export function checkScan(reading: ScanReading, source: string, names: readonly string[] = []): ScanCheck {
  const title = scanTitle(reading.doc.title, [...names, fileName(source)]);
  if (title !== reading.doc.title) reading.doc.title = title;
  const first = buildExtraction(reading.doc, true);
  const rawAt = new Map<string, RawCell>();
  reading.doc.tables.forEach((t) => t.rows.flat().forEach((c) => rawAt.set(`${t.index}:${c.row}:${c.col}`, c)));
  const readings = new Map<string, FigureReading>();
  const fixed = new Map<string, number>();
  const raws = new Map<string, { raw: RawCell; mark: NonNullable<RawCell['ocr']> }>();
  const images = new Map<string, GrayImage>();
  for (const placed of eachCell(first.tables)) {
    const at = placed.cell.at;
    const raw = at && rawAt.get(`${at.table}:${at.row}:${at.col}`);
    const ocr = raw && reading.cells.get(raw);
    // readScan marks every cell it read (RawCell.ocr)
    const mark = raw?.ocr;
    if (!raw || !ocr || !mark) continue;
    raws.set(placed.path, { raw, mark });
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
    // a decision is made on the figures read above, each of them kept in raws
    const { raw, mark } = entryOf(raws, path, 'scan cell');
    // table 二 sits in no equation: read, never proven (labelled 未经核验（OCR）)
    mark.status = d.status;
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
        const o = entryOf(raws, p, 'scan cell').mark;
        // a figure's readings the sums and the rules try (figureOdds); a smudge's likelier digit readings
        const others = /^\d+$/.test(o.read)
          ? figureOdds(o.read, o.alternatives)
              .slice(1)
              .map(([v]) => String(v))
          : o.alternatives.filter((a) => a.text !== o.read && a.p >= 0.01).map((a) => a.text);
        return { path: p, read: o.read, alternatives: others };
      }),
    },
  }));
  const doc = { ...reading.doc, problems: [...(reading.doc.problems ?? []), ...problems] };
  return { ...checkSource(doc, source, true), images, acceptance };
}
