import type { ExtractionProblem, OcrMark } from '../model/types';

/**
 * A table as read from a page or a flattened text, before its labels are understood.
 * Each row holds the cells that start in that row (a rowspan'd cell appears only in its first row),
 * in column order. For HTML `col` and the spans come from the span-expanded grid (expandSpans);
 * for flattened text, where merged cells are empty cells, the spans are all 1 and `col` the position.
 */
export interface RawCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  source?: unknown;
  /** the cell's figure is printed but could not be told apart from its neighbours' (text is '') */
  unread?: boolean;
  /** read from a scan by OCR (lib/ocr/read-scan.ts) */
  ocr?: OcrMark;
}

/** A cell of a table read from text (one row, one column: text forms carry no spans). */
export function plainCell(text: string, row: number, col: number): RawCell {
  return { text, row, col, rowSpan: 1, colSpan: 1 };
}

export interface RawTable {
  /** 0-based position of this table among the tables of its document */
  index: number;
  rows: RawCell[][];
}

/** A document reduced to what the mapper needs: a title, narrative lines and raw tables in order. */
export interface SourceDoc {
  title: string | null;
  lines: string[];
  tables: RawTable[];
  /** page metadata where present (PubDate, ColumnName; a crawler's 原文链接) */
  meta: { published?: string | null; column?: string | null; url?: string | null };
  /** what the reader itself could not do for sure (cells split or left unread), kept as findings */
  problems?: ExtractionProblem[];
}
