import { parseTitle } from '../../detect/parse-title';
import { findTitle } from '../text/find-title';
import { isPageFurniture } from './page-furniture';
import type { TextLine } from './text-lines';


function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * Rebuilds the paragraphs that the page layout broke into lines, so a sentence such as
 * "受理政府信息公开申请 / 3119 / 件" reads as one. A line opens a paragraph when it is indented from
 * the text's left edge, when the line before it stopped short of the right edge, or when the font
 * size changes; a paragraph runs on over a page break unless the next page's first line is indented.
 */
export function paragraphs(pages: ReadonlyArray<readonly TextLine[]>): string[] {
  const out: string[] = [];
  let prev: TextLine | null = null;
  let prevRight = 0;
  // the text block's edges by their most common value, so one long line (a URL) does not make every
  // other line look short; page by page where a page has text enough to tell (a landscape page), the
  // whole document's otherwise (a table page with one heading)
  const all = pages.flat();
  const docLeft = mode(all.map((l) => l.x));
  const docRight = mode(all.map((l) => l.right));
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const own = lines.length >= 6;
    const left = own ? mode(lines.map((l) => l.x)) : docLeft;
    const right = own ? mode(lines.map((l) => l.right)) : docRight;
    for (const line of lines) {
      const indented = line.x - left > line.size * 0.8;
      const prevShort = prev !== null && prevRight - prev.right > prev.size * 1.5;
      const sizeChange = prev !== null && Math.abs(prev.size - line.size) > 1;
      if (prev === null || indented || prevShort || sizeChange) out.push(line.text);
      else out[out.length - 1] += line.text;
      prev = line;
      prevRight = right;
    }
  }
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The title: the first page's lines in the largest type, in order (a title is often set on two
 * lines, the agency above "2024年政府信息公开工作年度报告"). Spaces are dropped: PDF producers put
 * them between CJK text and digits. When that is not a report title (a red-header document:
 * 某县人民政府办公室文件 above it), the title is looked for in the smaller lines below, as in a
 * flattened text.
 */
export function pdfTitle(firstPage: readonly TextLine[]): string | null {
  const lines = firstPage.filter((l) => !isPageFurniture(l.text));
  if (lines.length === 0) return null;
  const biggest = Math.max(...lines.map((l) => l.size));
  const start = lines.findIndex((l) => l.size >= biggest - 0.5);
  const title: string[] = [];
  for (let i = start; i < lines.length && lines[i].size >= biggest - 0.5; i++) title.push(lines[i].text);
  const big = title.join('').replace(/\s+/g, '') || null;
  if (big && parseTitle(big)) return big;
  const below = lines.filter((l) => l.size < biggest - 0.5).map((l) => l.text.replace(/\s+/g, ''));
  return below.map((_, i) => findTitle(below.slice(i))).find((t) => t !== null) ?? big;
}
