import { plainCell, type RawCell, type RawTable, type SourceDoc } from '../raw-table';
import { findTitle } from './find-title';
import { itemAt } from '../../model/item-at';

/**
 * Reads the flattened form of a Word report (../shared/seeds): a tab before each cell, one cell per line,
 * a blank line between rows, merged cells as empty cells, labels broken over lines (`→商业` / `企业`), even
 * with an empty line inside a cell (`→结果` / `` / `纠正`, seed 002). Also reads text copied from a page,
 * where a row is one line of tab-separated cells. Narrative lines end a table.
 * @example readFlatText('标题\n\t规章\n\t0\n') → { tables: [{ rows: [[{ text: '规章' }, { text: '0' }]] }], … }
 */
export function readFlatText(text: string): SourceDoc {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const narrative: string[] = [];
  const tables: RawTable[] = [];
  let table: RawCell[][] | null = null;
  let row: RawCell[] = [];

  const endRow = () => {
    if (row.length > 0) (table ??= []).push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    // a table is only ever started by a cell, and endRow has just pushed that cell's row
    if (table) tables.push(toRawTable(table, tables.length));
    table = null;
  };
  const addCell = (cellText: string) => {
    table ??= [];
    row.push(plainCell(cellText, table.length, row.length));
  };

  // a row is open (row.length > 0) exactly while the last line read was a cell or a line continuing one
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) addCell(part);
    } else if (line.includes('\t') && line.trim() !== '') {
      endRow();
      for (const part of line.split('\t')) addCell(part);
      endRow();
    } else if (line === '') {
      const fragment = row.length > 0 ? cellBreak(lines, i) : null;
      if (fragment === null) endRow();
      else {
        appendToLastCell(row, `\n${fragment}`);
        i += 1;
      }
    } else if (row.length > 0) {
      appendToLastCell(row, `\n${line}`);
    } else if (line.trim() === '') {
      // an NBSP-only line between tables: neither a row nor narrative
    } else {
      endTable();
      narrative.push(line.trim());
    }
  }
  endTable();
  return { title: findTitle(narrative), lines: narrative, tables, meta: {} };
}

/**
 * An empty line inside a cell: the next line is a short fragment (no cell of its own) directly followed by a
 * cell line. Returns that fragment, or null when the empty line ends the row.
 */
function cellBreak(lines: string[], i: number): string | null {
  const fragment = lines[i + 1];
  // a tab-led line is a cell, and a line holding a tab a row of cells: neither continues one
  if (fragment === undefined || fragment === '' || fragment.includes('\t') || fragment.trim().length > 12) return null;
  // no line after: not a cell
  return lines[i + 2]?.startsWith('\t') ? fragment : null;
}

/** Called only while a row is open (row.length > 0). */
function appendToLastCell(row: RawCell[], more: string): void {
  itemAt(row, row.length - 1, 'last cell of the open row').text += more;
}

function toRawTable(rows: RawCell[][], index: number): RawTable {
  return { index, rows };
}
