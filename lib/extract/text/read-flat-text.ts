import { plainCell, type RawCell, type RawTable, type SourceDoc } from '../raw-table';
import { findTitle } from './find-title';

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
  let lastWasCell = false;

  const endRow = () => {
    if (row.length > 0) (table ??= []).push(row);
    row = [];
  };
  const endTable = () => {
    endRow();
    if (table && table.length > 0) tables.push(toRawTable(table, tables.length));
    table = null;
  };
  const addCell = (cellText: string) => {
    table ??= [];
    row.push(plainCell(cellText, table.length, row.length));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('\t')) {
      for (const part of line.slice(1).split('\t')) addCell(part);
      lastWasCell = true;
    } else if (line.includes('\t') && line.trim() !== '') {
      endRow();
      for (const part of line.split('\t')) addCell(part);
      endRow();
      lastWasCell = false;
    } else if (line === '') {
      if (row.length > 0 && isCellBreak(lines, i)) {
        appendToLastCell(row, `\n${lines[i + 1] ?? ''}`);
        i += 1;
        lastWasCell = true;
        continue;
      }
      endRow();
      lastWasCell = false;
    } else if (lastWasCell && row.length > 0) {
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

/** An empty line inside a cell: the next line is a short fragment directly followed by a cell line. */
function isCellBreak(lines: string[], i: number): boolean {
  const fragment = lines[i + 1];
  if (fragment === undefined || fragment === '' || fragment.startsWith('\t')) return false;
  if (fragment.trim().length > 12 || fragment.includes('\t')) return false;
  const after = lines[i + 2];
  return after?.startsWith('\t') ?? false; // no line after: not a cell
}

function appendToLastCell(row: RawCell[], more: string): void {
  const last = row[row.length - 1];
  if (last) last.text += more;
}

function toRawTable(rows: RawCell[][], index: number): RawTable {
  return { index, rows };
}
