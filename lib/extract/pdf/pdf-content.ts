/**
 * A PDF page reduced to what the table reader needs, in PDF user space (origin bottom left, y up,
 * units of 1/72 inch). Produced from pdf.js by loadPdfPages; plain data, so the reader is pure and
 * testable without pdf.js.
 */
export interface PdfTextItem {
  str: string;
  /** left edge and baseline */
  x: number;
  y: number;
  w: number;
  /** font size (the height of the text run) */
  h: number;
}

/** A ruling line: horizontal (y1 = y2) or vertical (x1 = x2), with x1 ≤ x2 and y1 ≤ y2. */
export interface PdfSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageContent {
  /** 1-based page number */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  segments: PdfSegment[];
  /** how many pages the whole document has (more than were read when a reading limit cut it) */
  documentPages?: number;
  /** the page's drawing was past MAX_PAGE_OPERATORS: its ruling lines were not read (how many operators) */
  operatorsCapped?: number;
  /** reading stopped after this page: the document's reading time ran out (MAX_PDF_READ_MS) */
  timeCapped?: boolean;
}

/** Where a table cell sits on its page: what the viewer outlines (RawCell.source of a PDF cell). */
export interface PdfBox {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}
