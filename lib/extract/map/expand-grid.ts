import type { RawCell } from '../raw-table';

/**
 * Places the cells of a raw table on a rectangular grid by their `col` and spans, so that a header cell
 * spanning several columns stands above each of them. grid[row][col] is the covering cell or undefined.
 * @example expandGrid([[{ text: 'a', row: 0, col: 0, rowSpan: 2, colSpan: 1 }]]) → [[a], [a]]
 */
export function expandGrid(rows: readonly (readonly RawCell[])[]): (RawCell | undefined)[][] {
  const grid: (RawCell | undefined)[][] = [];
  for (const row of rows) {
    for (const cell of row) {
      for (let r = cell.row; r < cell.row + cell.rowSpan && r < cell.row + 200; r++) {
        const line = (grid[r] ??= []);
        for (let c = cell.col; c < cell.col + cell.colSpan && c < cell.col + 200; c++) line[c] = cell;
      }
    }
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}
