import type { SourceDoc } from '../raw-table';

/** Markdown with pipe tables (converters from PDF): not yet; null so readText tries the other forms. */
export function readMarkdownText(_text: string): SourceDoc | null {
  return null;
}
