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
  /** page metadata where present (PubDate, ColumnName) */
  meta: { published?: string | null; column?: string | null };
}
