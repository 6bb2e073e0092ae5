import { cellLabel } from '../report/cell-label';
import type { Cell, ReportTables, TableName } from '../model/types';

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
      for (const [col, cell] of Object.entries(cols)) out.push({ table, row, col, path: `${table}.${row}.${col}`, cell });
    }
  }
  return out;
}

/** "表三 第5行第3列" style position of a cell in its printed table (1-based for display). */
export function placeText(p: PlacedCell): { zh: string; en: string } {
  const at = p.cell.at;
  const pos = at ? `（原表第${at.row + 1}行第${at.col + 1}格）` : '';
  return { zh: `${cellLabel(p.path)}${pos}`, en: `${cellLabel(p.path, 'en')}${at ? ` (row ${at.row + 1}, cell ${at.col + 1})` : ''}` };
}
