import { cellPath } from '../../model/cell-ref';
import { REQUEST_COLUMNS, type RequestRow } from '../../model/keys';
import type { Cell, CellTable, ExtractionProblem } from '../../model/types';
import { normalizeLabel } from '../../text/normalize-label';
import type { RawCell, RawTable } from '../raw-table';
import { matchCategory, matchRequestRow, type RequestCategory } from './match-request-row';
import { itemCount, mergedItems } from './merged-item-labels';
import { type CutLabelRow, cutLabelRows, type LabelledRow, placeCutLabelRows, ROW_ORDER } from './cut-label-rows';
import { cutRequestColumns, cutTableProblems, lineUpCutRow, splitCutRow } from './cut-request-columns';
import { classifyHeader, readRequestColumns, type RequestColumnKey } from './request-columns';
import { toCell, unreadCells } from './to-cell';
import { itemAt } from '../../model/item-at';

export interface RequestsResult {
  table: CellTable;
  /** Subtotal rows of the non-standard 29-row variant, keyed by category. */
  subtotals: CellTable;
  /** True when a single （六）其他处理 row carries numbers (2019 format). */
  singleOtherRow: boolean;
  problems: ExtractionProblem[];
}

/**
 * Maps table 三 to canonical keys by label: columns from the header labels, rows from each row's own
 * label and the category it sits in. Value cells are the row's last cells (one per column), because
 * merged label cells appear as spans in HTML and as empty cells in flattened text. A table whose header
 * names only some columns (cut at the page edge: cutRequestColumns) is read by grid position under those
 * labels, the other columns left out of the table and said once (cells-unread).
 */
export function mapRequests(raw: RawTable, spans: boolean): RequestsResult {
  const problems: ExtractionProblem[] = [];
  const start = firstRow(raw.rows, spans);
  // the template's header is three rows; a few more allow for a title row: a hostile table's hundreds are not read as header
  const header = start > 0 ? raw.rows.slice(Math.max(0, start - 8), start) : [];
  const rows = raw.rows.slice(Math.max(start, 0));
  let columns = readRequestColumns(header, spans);
  const cut = !columns && spans ? cutRequestColumns(header, rows) : null;
  if (cut) columns = cut.columns.map((c) => c.key);
  if (!columns) {
    columns = [...REQUEST_COLUMNS];
    problems.push({ kind: 'columns-by-position', table: 'requests', detail: { code: 'by-position' } });
  }
  const width = columns.length;
  const table: CellTable = {};
  const subtotals: CellTable = {};
  let singleOtherRow = false;
  let category: RequestCategory | null = null;
  // figure rows whose item label is one line of a merged label cell above them
  const carried = new Map<readonly RawCell[], RequestRow>();
  const labelled: LabelledRow[] = [];
  const cutLabels: CutLabelRow[] = [];
  const misaligned: { row: string; text: string; cells: string[] }[] = [];
  for (const [i, row] of rows.entries()) {
    const own = carried.get(row);
    const split = own
      ? { labels: [], values: cut ? row.filter((c) => c.col >= cut.first) : row.slice(Math.max(0, row.length - width)) }
      : cut
        ? splitCutRow(row, cut.first)
        : splitRow(row, width);
    if (!split) continue;
    const rowCategory = split.labels.map((c) => matchCategory(c.text)).find((k) => k !== null);
    if (rowCategory) category = rowCategory;
    const key =
      own ??
      (spans ? mergedLabel(split, rows, i, category, carried) : null) ??
      matchRequestRow(
        split.labels.map((c) => c.text),
        category,
      );
    const cells = cut ? lineUpCutRow(split.values, cut, raw.index) : split.values.length < width ? null : readCells(split.values, columns, raw.index);
    if (key === null) {
      const candidates = cells && split.values.some((v) => v.text.trim() !== '') ? cutLabelRows(labelOf(split.labels)) : [];
      if (cells && candidates.length > 0) cutLabels.push({ at: i, candidates, cells, printed: rowText(row), label: labelOf(split.labels) });
      else if (split.values.length > 0) problems.push({ kind: 'extra-row', table: 'requests', row: labelOf(split.labels) });
      continue;
    }
    if (!cells && cut) {
      // figures that do not stand under the named columns one way only: listed, never shifted
      const name = typeof key === 'string' ? key : key.categoryTotal;
      const kept = typeof key === 'string' || name === 'other';
      misaligned.push({ row: name, text: rowText(row), cells: kept ? columns.map((c) => cellPath('requests', name, c)) : [] });
    } else if (!cells) {
      problems.push({
        kind: 'row-incomplete',
        table: 'requests',
        row: typeof key === 'string' ? key : labelOf(split.labels),
        detail: { code: 'too-few-cells', read: split.values.length, expected: width, printed: row.map((c) => c.text.trim()) },
      });
      continue;
    }
    const values = cells ?? unreadCells(columns);
    if (typeof key === 'string') {
      table[key] = values;
      labelled.push({ at: i, key });
    } else if (key.categoryTotal === 'other' && !('other.overdueCorrection' in table)) {
      table.other = values;
      labelled.push({ at: i, key: 'other' });
      singleOtherRow = true;
    } else subtotals[key.categoryTotal] = values;
  }
  problems.push(...placeCutLabelRows(cutLabels, labelled, table, columns));
  if (table.other && 'other.overdueCorrection' in table) {
    // 29-row variant: the （六） row before its items was a subtotal, not the 2019 single row
    subtotals.other = table.other;
    delete table.other;
    singleOtherRow = false;
  }
  const order = (r: string) => ROW_ORDER.indexOf(r as RequestRow);
  if (cut)
    problems.push(
      ...cutTableProblems(
        cut,
        Object.keys(table).sort((a, b) => order(a) - order(b)),
        misaligned,
      ),
    );
  return { table, subtotals, singleOtherRow, problems };
}

/**
 * A row whose own label cell names several items, one per line (issue 15: （六）1–3 in one cell). Spanning
 * as many rows as it names items, with each row below printing its own figures: they are the items' rows,
 * in the cell's order (recorded in `carried`), and this row is the first item. With the figures merged too
 * (one figure per column spanning the same rows, the rows below empty), or the cell naming every item of
 * its category over one row of figures, the group is printed as one row: its category's row, the single
 * （六） layout of the 2019 template. Otherwise null, and the row is read by its label as before.
 */
function mergedLabel(
  split: { labels: RawCell[]; values: RawCell[] },
  rows: readonly RawCell[][],
  at: number,
  category: RequestCategory | null,
  carried: Map<readonly RawCell[], RequestRow>,
): RequestRow | { categoryTotal: RequestCategory } | null {
  const cell = split.labels[split.labels.length - 1];
  const merged = cell ? mergedItems(cell, category) : null;
  if (!cell || !merged) return null;
  if (cell.rowSpan === 1) return merged.items.length === itemCount(merged.category) ? { categoryTotal: merged.category } : null;
  const below = rows.slice(at + 1, at + cell.rowSpan);
  if (merged.items.length !== cell.rowSpan || below.length !== cell.rowSpan - 1) return null;
  const [first, ...rest] = merged.items;
  if (first && below.every((r) => r.length > 0 && findLastLabel(r) < 0)) {
    // as many items as the label spans rows: one for this row, one for each row below
    below.forEach((r, j) => carried.set(r, itemAt(rest, j, 'merged item')));
    return first;
  }
  if (below.every((r) => r.length === 0) && split.values.length > 0 && split.values.every((v) => v.rowSpan === cell.rowSpan))
    return { categoryTotal: merged.category };
  return null;
}

/** The first figure row: the 本年新收 row, or (its label cut at the page edge) the row after the last header label row. */
function firstRow(rows: readonly (readonly RawCell[])[], spans: boolean): number {
  const own = rows.findIndex((r) => r.some((c) => /本年新收/.test(normalizeLabel(c.text))));
  if (own >= 0 || !spans) return own;
  let last = -1;
  rows.slice(0, 8).forEach((r, i) => {
    if (r.some((c) => classifyHeader(c.text) !== null)) last = i;
  });
  // no header label row (last is -1): row 0 on, no header above it (mapRequests reads 0 as it reads -1)
  return last + 1;
}

function readCells(values: readonly RawCell[], columns: readonly RequestColumnKey[], tableIndex: number): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  // the caller passes a value cell for each column at least
  columns.forEach((col, i) => (cells[col] = toCell(itemAt(values, i, 'value cell'), tableIndex)));
  return cells;
}

function rowText(row: readonly RawCell[]): string {
  return row.map((c) => c.text.trim() || '□').join(' | ');
}

/** Splits a row into label cells and the trailing value cells; null for a row with no label at all. */
function splitRow(row: readonly RawCell[], width: number): { labels: RawCell[]; values: RawCell[] } | null {
  let firstValue = Math.max(0, row.length - width);
  // a half row: fewer cells than columns; its values are the cells after its last label
  const lastLabel = findLastLabel(row);
  if (lastLabel >= firstValue) firstValue = lastLabel + 1;
  const labels = row.slice(0, firstValue).filter((c) => c.text.trim() !== '');
  if (labels.length === 0) return null;
  return { labels, values: row.slice(firstValue) };
}

function findLastLabel(row: readonly RawCell[]): number {
  for (let i = row.length - 1; i >= 0; i--) {
    const t = normalizeLabel(row[i]?.text ?? '');
    if (t !== '' && /[\u4e00-\u9fff]/.test(t) && !/^[无空]$/.test(t)) return i;
  }
  return -1;
}

function labelOf(cells: readonly RawCell[]): string {
  return cells.map((c) => c.text.trim()).join(' ');
}
