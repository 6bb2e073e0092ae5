import type { PdfPageContent, Refusal } from '#lib/read';
import type { ScanReading } from '#lib/check';

interface Read {
  ok: true;
  /** the path or URL as given (files found in a directory: their path) */
  source: string;
}

/** A page or a flattened text, decoded. */
export interface ReadText extends Read {
  kind: 'html' | 'text';
  content: string;
  /** the encoding used, for diagnostics */
  charset: string;
}

/** A .docx converted by mammoth: its HTML fragment (tables with real rowspan/colspan). */
export interface ReadDocx extends Read {
  kind: 'docx';
  html: string;
}

/** A PDF with text, as pages of positioned text runs and ruling lines. */
export interface ReadPdf extends Read {
  kind: 'pdf';
  pages: PdfPageContent[];
}

/** A scanned (image-only) PDF read by OCR (--ocr): its tables' cells with their readings. */
export interface ReadScan extends Read {
  kind: 'scan';
  reading: ScanReading;
}

/** An input read, ready for the pipeline. */
export type ReadOk = ReadText | ReadDocx | ReadPdf | ReadScan;

/**
 * An input that could not be read: the other inputs are still checked, and the exit code is 2. Why is
 * a code with its data, the extension's (lib/attach/unreadable.ts); the words are rendered at the edge
 * (renderReadError, unreadableReport).
 */
export interface ReadFailed {
  ok: false;
  source: string;
  refused: Refusal;
}

export type ReadResult = ReadOk | ReadFailed;

/** Builds a failed read. */
export function readFailed(source: string, refused: Refusal): ReadFailed {
  return { ok: false, source, refused };
}
