import { cellPath } from '../../model/cell-ref';
import { OUTCOME_ROWS_2021, REQUEST_ROW_LABELS, type RequestRow } from '../../model/keys';
import type { Cell, CellTable, ExtractionProblem } from '../../model/types';
import { normalizeLabel } from '../../text/normalize-label';
import { unreadCells } from './to-cell';

/** Every table-三 row in the template's order (the 2019 single （六） row after the 2021 items: no table has both). */
export const ROW_ORDER: readonly RequestRow[] = ['newReceived', 'carriedOver', ...OUTCOME_ROWS_2021, 'other', 'totalProcessed', 'carriedForward'];

/** Each row's own wording without its number (一、 （三） 1.), with and without a closing 数量, as the page may print it. */
const WORDINGS: ReadonlyArray<readonly [RequestRow, string]> = ROW_ORDER.flatMap((row) => {
  const own = normalizeLabel(REQUEST_ROW_LABELS[row]).replace(/^([一二三四]、|\([一二三四五六七]\))?(\d+\.)?/, '');
  return own.endsWith('数量') ? [[row, own] as const, [row, own.slice(0, -2)] as const] : [[row, own] as const];
});

/** A cut label shorter than this could end too many things to name a row. */
const MIN_TAIL = 4;

/**
 * The template rows a label could be the end of, when the page edge cut off its beginning (LibreOffice
 * prints 一、本年新收政府信息公开申请数量 cut at the left edge as 府信息公开申请数量, which ends 二's label too).
 * Empty for a label shorter than four characters or one that ends no row's wording.
 * @example cutLabelRows('府信息公开申请数量') → ['newReceived', 'carriedOver']
 */
export function cutLabelRows(label: string): RequestRow[] {
  const s = normalizeLabel(label);
  if ([...s].length < MIN_TAIL) return [];
  return [...new Set(WORDINGS.filter(([, w]) => w.endsWith(s)).map(([row]) => row))];
}

/** A row read by its own label, and where it stands among the table's rows. */
export interface LabelledRow {
  at: number;
  key: RequestRow;
}

/** A row whose label was cut: where it stands, and the rows its label could be the end of. */
export interface CutLabelRow {
  at: number;
  candidates: readonly RequestRow[];
  /** its figures, read under the table's columns */
  cells?: Record<string, Cell>;
  /** its label and its cells as printed, for messages */
  label?: string;
  printed?: string;
}

/**
 * Ties rows with cut labels to template rows where one way only fits: the candidates no other row names,
 * shared by a run of as many cut rows with no labelled row between them, every labelled row above the run
 * coming before them in the template and every one below after them. Then the run takes them in the
 * template's order (the template fixes the order of its rows; the labels left say nothing against it).
 * Returns, for each cut row, its row, or null when its figures cannot be tied one way only.
 * @example tieCutLabels([{ at: 0, candidates: ['newReceived', 'carriedOver'] }, { at: 1, candidates: ['newReceived', 'carriedOver'] }], [{ at: 2, key: 'granted' }]) → ['newReceived', 'carriedOver']
 */
export function tieCutLabels(cut: readonly CutLabelRow[], labelled: readonly LabelledRow[]): (RequestRow | null)[] {
  const taken = new Set(labelled.map((l) => l.key));
  const open = cut.map((c) => {
    const rows = c.candidates.filter((k) => !taken.has(k)).sort((a, b) => ROW_ORDER.indexOf(a) - ROW_ORDER.indexOf(b));
    return { at: c.at, rows, same: rows.join('|') };
  });
  const out: (RequestRow | null)[] = cut.map(() => null);
  let i = 0;
  for (let head = open[i]; head; head = open[i]) {
    // a run: the same candidates, no labelled row between its rows
    let j = i + 1;
    let last = head;
    for (let next = open[j]; next && next.same === head.same; next = open[j]) {
      const [from, to] = [last.at, next.at];
      if (labelled.some((l) => l.at > from && l.at < to)) break;
      last = next;
      j++;
    }
    const { rows } = head;
    const start = i;
    // a run holds one row at least (j > i), so as many rows as its length is never none
    if (rows.length === j - i && fitsBetween(rows, head.at, labelled)) rows.forEach((r, k) => (out[start + k] = r));
    i = j;
  }
  return out;
}

function fitsBetween(rows: readonly RequestRow[], from: number, labelled: readonly LabelledRow[]): boolean {
  // the rows come sorted in ROW_ORDER: the first is the lowest, the last the highest
  const at = rows.map((r) => ROW_ORDER.indexOf(r));
  const lo = Math.min(...at);
  const hi = Math.max(...at);
  // no labelled row stands among the run's rows (it would have ended the run): each is above the first or below the last
  return labelled.every((l) => (l.at < from ? ROW_ORDER.indexOf(l.key) < lo : ROW_ORDER.indexOf(l.key) > hi));
}

/**
 * Puts the rows with cut labels into table 三 where tieCutLabels ties them. Rows whose candidates other
 * rows all name are extra rows; the others, tied no one way, leave their candidate rows printed but unread
 * (never a row missing, never a figure shifted), said once. Returns the problems to record.
 */
export function placeCutLabelRows(
  cut: readonly CutLabelRow[],
  labelled: readonly LabelledRow[],
  table: CellTable,
  columns: readonly string[],
): ExtractionProblem[] {
  const tied = tieCutLabels(cut, labelled);
  cut.forEach((c, k) => {
    const key = tied[k];
    if (key && !table[key] && c.cells) table[key] = c.cells;
  });
  const problems: ExtractionProblem[] = [];
  const untied = cut.filter((c, k) => !tied[k] && c.candidates.some((r) => !table[r]));
  for (const c of cut.filter((c, k) => !tied[k] && !untied.includes(c))) problems.push({ kind: 'extra-row', table: 'requests', row: c.label ?? '' });
  if (untied.length === 0) return problems;
  const rows = [...new Set(untied.flatMap((c) => c.candidates))].filter((r) => !table[r]);
  for (const r of rows) table[r] = unreadCells(columns);
  problems.push({
    kind: 'cells-unread',
    table: 'requests',
    detail: { code: 'cut-labels', printed: untied.map((c) => c.printed ?? c.label ?? '') },
    cells: rows.flatMap((r) => columns.map((c) => cellPath('requests', r, c))),
  });
  return problems;
}
