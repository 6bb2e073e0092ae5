import { parseTitle } from '../../detect/parse-title';
import { narrativeLines } from '../html/narrative-lines';
import { readHtml } from '../html/read-html';
import type { SourceDoc } from '../raw-table';
import { findTitle } from '../text/find-title';

/** Any DOMParser-like function: the browser's `new DOMParser().parseFromString(s, 'text/html')`, linkedom's in node. */
export type ParseHtml = (html: string) => Document;

/**
 * Reduces mammoth's HTML of a .docx (`mammoth.convertToHtml`, called by the caller: lib/ stays free of
 * I/O) to a SourceDoc with the HTML reader, so a Word report is read exactly like a Word-pasted page:
 * real rowspan/colspan from vMerge/gridSpan, cells as printed. mammoth's output is a bare fragment with
 * no <title> and no metadata, and many Word reports set the title as a bold Normal paragraph (no <h1>),
 * often broken over two paragraphs; so when readHtml finds no report title in the headings, the title is
 * taken from the document's first lines (as for flattened text), else the first line is kept.
 * @example readDocxHtml('<h1>某局2023年政府信息公开工作年度报告</h1><p>…</p><table>…</table>', parse).title → '某局2023年政府信息公开工作年度报告'
 */
export function readDocxHtml(html: string, parseHtml: ParseHtml): SourceDoc {
  const doc = parseHtml(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  const source = readHtml(doc);
  if (source.title && parseTitle(source.title)) return source;
  const lines = doc.body ? narrativeLines(doc.body) : [];
  return { ...source, title: findTitle(lines) ?? source.title ?? lines[0] ?? null };
}
