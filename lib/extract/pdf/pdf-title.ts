import { parseTitle } from '../../detect/parse-title';
import { findTitle } from '../text/find-title';
import { isPageFurniture } from './page-furniture';
import type { TextLine } from './text-lines';

/** A title is a line or three; a run of text longer than this is a sentence that names the report. */
const MAX_TITLE = 80;

const joined = (lines: readonly TextLine[]) =>
  lines
    .map((l) => l.text)
    .join('')
    .replace(/\s+/g, '');

/**
 * Where the report's title is printed: the report title (a line, or two or three lines of one size,
 * as the agency is often set above "2024年政府信息公开工作年度报告") in the largest type among the
 * lines that read as one, the first of equals. A portal page printed whole has its site's banner
 * and menus above the article in type as large; they are not a report title, so they are passed
 * over. Spaces are dropped: PDF producers put them between CJK text and digits. When no line reads
 * as a report title, the largest type on the first page is taken, and when that is not a report
 * title either (a red-header document: 某县人民政府办公室文件 above it), the smaller lines below are
 * read as a flattened text's title.
 */
export function titleAt(lines: readonly TextLine[]): { title: string; line: TextLine | null } | null {
  const text = lines.filter((l) => !isPageFurniture(l.text));
  if (text.length === 0) return null;
  let best: { title: string; line: TextLine } | null = null;
  for (const [i, first] of text.entries()) {
    if (best && first.size <= best.line.size + 0.5) continue;
    for (let n = 1; n <= 3 && i + n <= text.length; n++) {
      const group = text.slice(i, i + n);
      if (group.some((l) => Math.abs(l.size - first.size) > 0.5)) break;
      const title = joined(group);
      if (title.length > MAX_TITLE) break;
      if (parseTitle(title)) {
        // a menu line in the title's type above it: the title stands without it, agency and all
        if (n > 1 && parseTitle(joined(group.slice(1)))?.agency) break;
        best = { title, line: first };
        break;
      }
    }
  }
  if (best) return best;
  const biggest = Math.max(...text.map((l) => l.size));
  const start = text.findIndex((l) => l.size >= biggest - 0.5);
  // the run of lines in the biggest type from its first one
  let end = text.findIndex((l, i) => i > start && l.size < biggest - 0.5);
  if (end < 0) end = text.length;
  const big = joined(text.slice(start, end)) || null;
  const below = text.filter((l) => l.size < biggest - 0.5).map((l) => l.text.replace(/\s+/g, ''));
  const found = below.map((_, i) => findTitle(below.slice(i))).find((t) => t !== null) ?? big;
  return found === null ? null : { title: found, line: null };
}

/** The report's title among a document's first lines (titleAt), or null. */
export function pdfTitle(lines: readonly TextLine[]): string | null {
  return titleAt(lines)?.title ?? null;
}
