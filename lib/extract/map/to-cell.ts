import type { Cell } from '../../model/types';
import { parseNumber } from '../../parse/parse-number';
import type { RawCell } from '../raw-table';

/** A raw cell read as a value cell, keeping its printed text, its position and its source element. */
export function toCell(raw: RawCell, tableIndex: number): Cell {
  if (raw.unread) return { value: null, raw: '', note: 'unread', at: { table: tableIndex, row: raw.row, col: raw.col }, ...(raw.ocr ? { ocr: raw.ocr } : {}) };
  const parsed = parseNumber(raw.text);
  const cell: Cell = { value: parsed.value, raw: raw.text, at: { table: tableIndex, row: raw.row, col: raw.col } };
  if (parsed.note) cell.note = parsed.note;
  if (parsed.unit) cell.unit = parsed.unit;
  if (raw.source !== undefined) cell.source = raw.source;
  if (raw.ocr) cell.ocr = raw.ocr;
  return cell;
}

/** True where a cell's text looks like a value (a number, a blank or a not-applicable mark), not a label. */
export function looksLikeValue(text: string): boolean {
  const note = parseNumber(text).note;
  return note !== 'unreadable';
}

/**
 * Cells whose figures are printed but not read (they cannot be tied to their row or columns one way only):
 * no value and no text, never a blank. Listed by a cells-unread problem.
 * @example unreadCells(['natural']) → { natural: { value: null, raw: '', note: 'unread' } }
 */
export function unreadCells(columns: readonly string[]): Record<string, Cell> {
  return Object.fromEntries(columns.map((c) => [c, { value: null, raw: '', note: 'unread' } satisfies Cell]));
}
