import { parseTitle } from '../../detect/parse-title';
import type { SourceDoc } from '../raw-table';
import { findTitle } from '../text/find-title';
import type { PdfPageContent } from './pdf-content';
import { joinTables, toRawTable } from './join-tables';
import { pageTables } from './page-tables';
import { isPageFurniture, paragraphs, pdfTitle } from './paragraphs';
import { textLines, type TextLine } from './text-lines';
import { textTables } from './text-tables';

/**
 * A PDF report as the mapper's SourceDoc: the drawn tables (cells from the ruling lines, text placed
 * by position, parts on consecutive pages joined), the narrative as paragraphs and the title. A
 * page with no text at all contributes nothing; a document with no text at all is a scan, which
 * the caller reports (hasText).
 */
export function readPdf(pages: readonly PdfPageContent[]): SourceDoc {
  const parts: Parameters<typeof joinTables>[0][number][] = [];
  const narrative: TextLine[][] = [];
  const allLines: { page: number; lines: TextLine[] }[] = [];
  for (const page of pages) {
    const { tables, rest } = pageTables(page);
    const lines = textLines(rest).filter((l) => !isPageFurniture(l.text.trim()));
    narrative.push(lines);
    allLines.push({ page: page.page, lines });
    tables.forEach((t, i) => {
      parts.push({
        ...t,
        // nothing but the page number below the last table, nothing above the first
        endsPage: i === tables.length - 1 && !lines.some((l) => l.y < t.bottom),
        startsPage: i === 0 && !lines.some((l) => l.y > t.top),
      });
    });
  }
  // the largest type is usually the title; a red-header document (某县人民政府办公室文件 above it) has
  // its title further down, found in the first page's lines as in a flattened text
  const first = narrative[0] ?? [];
  const big = pdfTitle(first);
  const biggest = Math.max(0, ...first.map((l) => l.size));
  const below = first.filter((l) => l.size < biggest - 0.5).map((l) => l.text.replace(/\s+/g, ''));
  const title = big && parseTitle(big) ? big : (below.map((_, i) => findTitle(below.slice(i))).find((t) => t !== null) ?? big);
  return {
    title,
    lines: paragraphs(narrative),
    // no ruling line anywhere: the tables are read from the text positions alone
    tables: parts.length > 0 ? joinTables(parts).map((t, i) => toRawTable(t, i)) : textTables(allLines),
    meta: {},
  };
}

/** True when some page has text: false for a scanned (image-only) PDF. */
export function hasText(pages: readonly PdfPageContent[]): boolean {
  return pages.some((p) => p.items.length > 0);
}
