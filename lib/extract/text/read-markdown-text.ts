import { plainCell, type RawTable, type SourceDoc } from '../raw-table';
import { findTitle } from './find-title';
import { type MdItem, parseMarkdownItems } from './markdown-items';
import { markdownParagraphs } from './markdown-paragraphs';
import { readMarkdownRequests } from './markdown-requests';
import { readMarkdownReview } from './markdown-review';

/**
 * Markdown written by PDF-to-Markdown converters: narrative lines and headings (`#` marks dropped; printed
 * lines joined into paragraphs, markdown-paragraphs.ts), pipe tables. Tables 三 and 四 are read by their structure (markdown-requests.ts, markdown-review.ts): header
 * rows of any width, placeholder and wrong header rows, a table cut into one pipe table per group or per
 * page, labels the converter moved out of their rows, trailing empty cells; what cannot be tied to its
 * row and column one way only is left unread and listed. The other pipe tables (table 二) go to the label
 * mapper as they are, pieces cut by a page number joined, each under the 第二十条 heading printed above
 * it. Null when the text has no pipe table holding a template label.
 */
export function readMarkdownText(text: string): SourceDoc | null {
  const items = parseMarkdownItems(text);
  if (!items.some((it) => it.kind === 'row' && /本年新收|未经复议|第二十条|结果维持/.test(it.cells.join('')))) return null;
  const requests = readMarkdownRequests(items);
  const review = readMarkdownReview(items, requests ? Math.max(...requests.items) : 0);
  const taken = new Set([...(requests?.items ?? []), ...(review?.items ?? [])]);
  // in the order printed, as the other readers give them
  const placed = [...otherTables(items, taken)];
  for (const t of [requests, review]) if (t) placed.push({ at: Math.min(...t.items), table: t.table });
  const tables = placed.sort((a, b) => a.at - b.at).map((p, i) => ({ ...p.table, index: i }));
  // the title from the lines as printed (a title is set on lines of its own); the narrative as paragraphs
  const title = findTitle(items.filter((it) => it.kind === 'text' && !it.filler).map((it) => (it as { text: string }).text));
  const lines = markdownParagraphs(items, between(items, [requests, review]));
  return { title, lines, tables, meta: {}, problems: [...(requests?.problems ?? []), ...(review?.problems ?? [])] };
}

/** The pipe tables outside tables 三 and 四, pieces with only page numbers or images between them joined. */
function otherTables(items: readonly MdItem[], taken: ReadonlySet<number>): { at: number; table: RawTable }[] {
  const tables: { at: number; rows: string[][] }[] = [];
  let current: string[][] | null = null;
  items.forEach((it, i) => {
    if (taken.has(i)) {
      current = null;
      return;
    }
    if (it.kind === 'text') {
      if (!it.filler) current = null;
      return;
    }
    if (!current) {
      current = [];
      tables.push({ at: i, rows: current });
      // the block heading above a piece of table 二 (第二十条第（八）项) says which table it is
      const above = items[i - 1];
      if (above?.kind === 'text' && /第二十条/.test(above.text)) current.push([above.text]);
    }
    current.push(it.cells);
  });
  return tables.map(({ at, rows }) => ({ at, table: { index: 0, rows: rows.map((r, row) => r.map((t, col) => plainCell(t, row, col))) } }));
}

/**
 * The lines of text between a table's first and last pipe row: labels and header pieces the converter
 * moved out of the table's rows (`（四）无`, `法提供`), not narrative. The section heading above the table
 * and the notes below it stay in the narrative.
 */
function between(items: readonly MdItem[], tables: readonly ({ items: Set<number> } | null)[]): Set<number> {
  const out = new Set<number>();
  for (const t of tables) {
    const rows = [...(t?.items ?? [])].filter((i) => items[i]?.kind === 'row');
    if (rows.length === 0) continue;
    for (let i = Math.min(...rows) + 1; i < Math.max(...rows); i++) if (items[i]?.kind === 'text') out.add(i);
  }
  return out;
}
