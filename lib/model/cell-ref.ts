import * as z from 'zod/mini';

/** The tables a cell path names: the three of the form, and the subtotals of a non-standard 表三. */
export const CELL_TABLES = ['active', 'requests', 'review', 'requestSubtotals'] as const;
export type CellTableName = (typeof CELL_TABLES)[number];

/** One cell of a report: its table, row key (which may hold dots: `denied.stateSecret`) and column key. */
export const CellRefSchema = z.object({ table: z.enum(CELL_TABLES), row: z.string().check(z.minLength(1)), col: z.string().check(z.minLength(1)) });
export type CellRef = z.infer<typeof CellRefSchema>;

/**
 * A cell's dotted path as findings, the JSON and the page carry it: `table.rowKey.colKey`.
 * @example cellPath('requests', 'denied.stateSecret', 'natural') → 'requests.denied.stateSecret.natural'
 */
export function cellPath(table: CellTableName, row: string, col: string): string {
  return `${table}.${row}.${col}`;
}

/**
 * The cell a dotted path names (the inverse of cellPath): the table before the first dot, the column after
 * the last, the row between (row keys hold dots, tables and columns do not); null for anything else.
 * @example parseCellPath('requests.denied.stateSecret.natural') → { table: 'requests', row: 'denied.stateSecret', col: 'natural' }
 */
export function parseCellPath(path: string): CellRef | null {
  const first = path.indexOf('.');
  const last = path.lastIndexOf('.');
  if (first <= 0 || last <= first + 1 || last === path.length - 1) return null;
  const table = path.slice(0, first);
  if (!(CELL_TABLES as readonly string[]).includes(table)) return null;
  return { table: table as CellTableName, row: path.slice(first + 1, last), col: path.slice(last + 1) };
}

/** The table of a cell path, or null when it names none (a cheaper parseCellPath(path)?.table). */
export function tableOfPath(path: string | undefined): CellTableName | null {
  return path === undefined ? null : (parseCellPath(path)?.table ?? null);
}
