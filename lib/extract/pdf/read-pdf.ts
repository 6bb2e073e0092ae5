import type { ExtractionProblem } from '../../model/types';
import type { SourceDoc } from '../raw-table';
import type { PdfPageContent } from './pdf-content';
import { joinTables, toRawTable } from './join-tables';
import { pageTables } from './page-tables';
import { isPageFurniture, runningLines } from './page-furniture';
import { paragraphs } from './paragraphs';
import { titleAt } from './pdf-title';
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
  const narrative: { page: number; lines: TextLine[] }[] = [];
  const read = pages.map((page) => {
    const { tables, rest } = pageTables(page);
    return { page, tables, lines: textLines(rest) };
  });
  const running = runningLines(read.map((r) => ({ height: r.page.height, lines: r.lines })));
  for (const { page, tables, lines: all } of read) {
    const lines = all.filter((l) => !running.has(l) && !isPageFurniture(l.text));
    narrative.push({ page: page.page, lines });
    tables.forEach((t, i) => {
      parts.push({
        ...t,
        // nothing but the page number below the last table, nothing above the first
        endsPage: i === tables.length - 1 && !lines.some((l) => l.y < t.bottom),
        startsPage: i === 0 && !lines.some((l) => l.y > t.top),
      });
    });
  }
  const problems = caps(pages);
  // a page printed whole from the browser: the site's banner and menus come before the article
  const title = titleAt(narrative.slice(0, 2).flatMap((p) => p.lines));
  const article = title?.line ? fromLine(narrative, title.line) : narrative;
  return {
    title: title?.title ?? null,
    lines: paragraphs(article.map((p) => p.lines)),
    // no ruling line anywhere: the tables are read from the text positions alone
    tables: parts.length > 0 ? joinTables(parts).map((t, i) => toRawTable(t, i)) : textTables(narrative),
    meta: {},
    ...(problems.length > 0 ? { problems } : {}),
  };
}

/** The narrative from one of its lines on: what a portal page prints above its article's title is the site's. */
function fromLine(narrative: { page: number; lines: TextLine[] }[], line: TextLine): { page: number; lines: TextLine[] }[] {
  const at = narrative.findIndex((p) => p.lines.includes(line));
  return narrative.slice(at).map((p, i) => (i === 0 ? { ...p, lines: p.lines.slice(p.lines.indexOf(line)) } : p));
}

/** The reading limits loadPdfPages reached, each an input-capped problem: nothing is cut silently. */
function caps(pages: readonly PdfPageContent[]): ExtractionProblem[] {
  const out: ExtractionProblem[] = [];
  const of = pages[0]?.documentPages;
  if (of !== undefined && of > pages.length) {
    const detail = { code: 'pdf-pages', read: pages.length, of, timeCapped: Boolean(pages.at(-1)?.timeCapped) } as const;
    out.push({ kind: 'input-capped', table: 'requests', narrative: true, detail });
  }
  const heavy = pages.filter((p) => p.operatorsCapped !== undefined);
  const operators = heavy[0]?.operatorsCapped;
  if (operators !== undefined)
    out.push({
      kind: 'input-capped',
      table: 'requests',
      detail: { code: 'pdf-operators', pages: heavy.map((p) => p.page), operators },
    });
  return out;
}

/** True when some page has text: false for a scanned (image-only) PDF. */
export function hasText(pages: readonly PdfPageContent[]): boolean {
  return pages.some((p) => p.items.length > 0);
}
