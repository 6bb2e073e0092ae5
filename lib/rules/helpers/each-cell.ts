import { cellPath } from '../../model/cell-ref';
import type { Cell, ReportTables, TableName } from '../../model/types';

export interface PlacedCell {
  table: TableName;
  row: string;
  col: string;
  path: string;
  cell: Cell;
}

/** Every value cell of the three tables with its dotted path, in table order. */
export function eachCell(tables: ReportTables): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const table of ['active', 'requests', 'review'] as const) {
    for (const [row, cols] of Object.entries(tables[table] ?? {})) {
      for (const [col, cell] of Object.entries(cols)) out.push({ table, row, col, path: cellPath(table, row, col), cell });
    }
  }
  return out;
}
