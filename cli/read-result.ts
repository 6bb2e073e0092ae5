/** A message in both languages: the CLI prints the Chinese and the English side by side. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** An input read and decoded, ready for the pipeline. */
export interface ReadOk {
  ok: true;
  /** the path or URL as given (files found in a directory: their path) */
  source: string;
  kind: 'html' | 'text';
  content: string;
  /** the encoding used, for diagnostics */
  charset: string;
}

/** An input that could not be read: the other inputs are still checked, and the exit code is 2. */
export interface ReadFailed {
  ok: false;
  source: string;
  error: Bilingual;
}

export type ReadResult = ReadOk | ReadFailed;

/** Builds a failed read. */
export function readFailed(source: string, zh: string, en: string): ReadFailed {
  return { ok: false, source, error: { zh, en } };
}
