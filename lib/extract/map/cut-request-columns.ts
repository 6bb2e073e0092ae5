import { cellPath } from '../../model/cell-ref';
import { REQUEST_COLUMNS, type RequestColumn } from '../../model/keys';
import type { Cell, ExtractionProblem } from '../../model/types';
import type { RawCell } from '../raw-table';
import { expandGrid } from './expand-grid';
import { columnKeysByGrid, type RequestColumnKey } from './request-columns';
import { toCell } from './to-cell';

/** Table 三 as far as its header names its columns: a table cut at the page edge, or printed without some columns. */
export interface CutColumns {
  /** each column the header names, with the grid column it stands in (left to right) */
  columns: { key: RequestColumnKey; col: number }[];
  /** the template's columns the header does not name: not in the table at all, so never read */
  missing: RequestColumn[];
  /** the first grid column of figures: the cells left of it are the row's labels */
  first: number;
  /** the grid column beyond the last named one whose header is not printed whole (cut at the edge), or null */
  cut: number | null;
}

/**
 * Reads a table-三 header that names only some of the template's columns, each by its own label, at the grid
 * column its spans put it in: what is left of the table when a producer lays it wider than the page and
 * cuts it at the edge (LibreOffice, Chromium). The named columns must be distinct and a run of the
 * template's columns in its order, with no unnamed column between them and at most one beyond the last
 * (the column the edge cuts through, whose label is not printed whole: its figures may be cut as well, so it
 * is never read). A header as wide as the template with a label that is not read is not a cut table: null,
 * and the caller reads it as before. Only for real spans (grid positions); null for fewer than two columns.
 * @example cutRequestColumns(<自然人 | 法人或其他组织 over 商业企业…其他>, rows) → { columns: natural…other at 3…8, missing: ['total'], first: 3, cut: null }
 */
export function cutRequestColumns(header: readonly (readonly RawCell[])[], rows: readonly (readonly RawCell[])[]): CutColumns | null {
  const keyAt = columnKeysByGrid(expandGrid(header));
  const named = keyAt.flatMap((k, col) => (k ? [{ key: k, col }] : []));
  const [firstNamed] = named;
  const lastNamed = named.at(-1);
  if (named.length < 2 || !firstNamed || !lastNamed) return null;
  const first = firstNamed.col;
  const last = lastNamed.col;
  // a column without a label between named ones is no edge: the header is not read, not cut
  if (named.length !== last - first + 1) return null;
  const width = Math.max(keyAt.length, ...rows.flatMap((r) => r.map((c) => c.col + c.colSpan)));
  const beyond = width - last - 1;
  if (beyond > 1) return null;
  const keys = named.map((n) => n.key);
  if (new Set(keys).size !== keys.length) return null;
  const order = keys.flatMap((k) => (k === 'legalSubtotal' ? [] : [REQUEST_COLUMNS.indexOf(k)]));
  if (
    order.some((o, i) => {
      const prev = order[i - 1];
      return prev !== undefined && o !== prev + 1;
    })
  )
    return null;
  const missing = REQUEST_COLUMNS.filter((k) => !keys.includes(k));
  // as many columns as the template (every one named, or one of them with a label that is not read): nothing is cut
  if (order.length + beyond >= REQUEST_COLUMNS.length) return null;
  return { columns: named, missing, first, cut: beyond === 1 ? last + 1 : null };
}

/**
 * A row of a cut table split by grid position: labels left of the first figure column, figures from it on;
 * null for a row with no label.
 * @example splitCutRow([<（一）予以公开 at 0>, <258 at 3>, <12 at 4>], 3) → { labels: [（一）予以公开], values: [258, 12] }
 */
export function splitCutRow(row: readonly RawCell[], first: number): { labels: RawCell[]; values: RawCell[] } | null {
  const labels = row.filter((c) => c.col < first && c.text.trim() !== '');
  if (labels.length === 0) return null;
  // a label running into the figure columns (a note across the table) is no figure row
  if (labels.some((c) => c.col + c.colSpan > first)) return { labels, values: [] };
  return { labels, values: row.filter((c) => c.col >= first) };
}

/**
 * The figures of a cut table's row under the columns its header names: each one cell standing in exactly
 * that grid column. The cut column beyond them is never read (its figures may be cut too). Null when a
 * named column has no cell of its own, or a cell stands across or outside the named columns.
 */
export function lineUpCutRow(values: readonly RawCell[], cut: CutColumns, tableIndex: number): Record<string, Cell> | null {
  const cells: Record<string, Cell> = {};
  for (const { key, col } of cut.columns) {
    const cell = values.find((v) => v.col === col);
    if (cell?.colSpan !== 1) return null;
    cells[key] = toCell(cell, tableIndex);
  }
  // every other cell stands in the cut column: the named columns' own cells are one column wide (above), and no
  // cell of the cut column runs further (cutRequestColumns measured the grid's width on these rows)
  const placed = new Set<number | null>([...cut.columns.map((c) => c.col), cut.cut]);
  return values.every((v) => placed.has(v.col)) ? cells : null;
}

/**
 * What a cut table leaves unread, said once: the columns not in the table (their cells named for every
 * row read), and the rows whose figures do not stand under the named columns.
 */
export function cutTableProblems(
  cut: CutColumns,
  rows: readonly string[],
  misaligned: readonly { row: string; text: string; cells: string[] }[],
): ExtractionProblem[] {
  const printed = cut.columns.flatMap((c) => (c.key === 'legalSubtotal' ? [] : [c.key]));
  const out: ExtractionProblem[] = [
    {
      kind: 'cells-unread',
      table: 'requests',
      detail: { code: 'cut-request-columns', printed, missing: [...cut.missing] },
      cells: rows.flatMap((r) => cut.missing.map((c) => cellPath('requests', r, c))),
    },
  ];
  for (const m of misaligned)
    out.push({ kind: 'cells-unread', table: 'requests', row: m.row, detail: { code: 'misaligned', printed: m.text }, cells: m.cells });
  return out;
}
