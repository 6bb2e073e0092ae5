import type { TextLine } from './text-lines';

/** Page numbers ("- 4 -", "第 4 页", "4/6", "第4页/共6页"): printed on every page, never part of the report. */
export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return (
    /^[-—–－\s]*\d+[-—–－\s]*$/.test(t) ||
    /^第\s*\d+\s*页\s*([，,/／]?\s*共\s*\d+\s*页)?$/.test(t) ||
    /^\d+\s*[/／]\s*\d+$/.test(t) ||
    /^(page\s*)?\d+\s*(of\s*\d+)?$/i.test(t)
  );
}

/** A browser's print header and footer: the address of the page, the date and time of printing. */
const URL = /^(https?:\/\/|file:\/\/|www\.)\S+$/i;
// a browser's numeric date with or without the time (12/6/26, 11:05 AM; 2026/12/6 11:05); a date in words
// (2024年1月26日) is the report's own signature date, and stays
const DATE_TIME = /^(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})([,，\s]*(\d{1,2}:\d{2}(:\d{2})?\s*([AaPp][Mm])?|(上午|下午)\s*\d{1,2}:\d{2}))?$/;

/** How far from the top or bottom edge, as a share of the page's height, a running header or footer may sit. */
const BAND = 0.1;

/** A line's text with its figures made alike, so "1/6" on page 1 and "2/6" on page 2 are the same footer. */
const shape = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

function inBand(line: TextLine, height: number): boolean {
  return line.y > height * (1 - BAND) || line.y < height * BAND;
}

/** Every piece of the line (runs a wide gap apart) is a page number, an address or a date. */
function allFurniture(line: TextLine): boolean {
  const pieces: string[] = [];
  let end = -Infinity;
  for (const it of line.items) {
    if (pieces.length === 0 || it.x - end > it.h * 2) pieces.push(it.str);
    else pieces[pieces.length - 1] += it.str;
    end = it.x + it.w;
  }
  return pieces.every((p) => {
    const t = p.trim();
    return t === '' || isPageFurniture(t) || URL.test(t) || DATE_TIME.test(t);
  });
}

/**
 * The running headers and footers of a document: lines near the top or bottom edge that are a page
 * number, an address or a date (a browser's "save as PDF" prints the date and page title above each
 * page, the URL and "1/6" below it), or that come back at the same height on other pages with only
 * their figures changed. Returns, page by page, the lines to drop from the narrative.
 */
export function runningLines(pages: ReadonlyArray<{ height: number; lines: readonly TextLine[] }>): Set<TextLine> {
  const out = new Set<TextLine>();
  const seen = new Map<string, { page: number; y: number }[]>();
  pages.forEach((p, i) => {
    for (const line of p.lines) {
      if (!inBand(line, p.height)) continue;
      if (allFurniture(line)) out.add(line);
      const key = shape(line.text);
      seen.set(key, [...(seen.get(key) ?? []), { page: i, y: line.y }]);
    }
  });
  pages.forEach((p, i) => {
    for (const line of p.lines) {
      if (!inBand(line, p.height)) continue;
      const key = shape(line.text);
      // a lone character at the same height on two pages is chance, not a running header
      if (key.length < 2) continue;
      if ((seen.get(key) ?? []).some((o) => o.page !== i && Math.abs(o.y - line.y) <= 4)) out.add(line);
    }
  });
  return out;
}
