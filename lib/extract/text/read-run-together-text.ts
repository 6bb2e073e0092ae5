import type { SourceDoc } from '../raw-table';
import { findTitle } from './find-title';
import { narrativeFromRun } from './narrative-from-run';
import { readRunTogetherTables } from './run-together-tables';

/**
 * Reads text whose table cells run together (a page's text content saved without separators): the tables
 * by their labels (run-together-tables.ts), the narrative from what is left, cut at the section headings.
 */
export function readRunTogetherText(text: string, meta: SourceDoc['meta'] = {}, title: string | null = null): SourceDoc {
  const found = readRunTogetherTables(text);
  let narrative = '';
  let at = 0;
  for (const r of [...found.regions].sort((a, b) => a.start - b.start)) {
    narrative += `${text.slice(at, Math.max(at, r.start))}\n`;
    at = Math.max(at, r.end);
  }
  narrative += text.slice(at);
  const lines = narrativeFromRun(narrative);
  return { title: title ?? findTitle(lines), lines, tables: found.tables, meta, problems: found.problems };
}
