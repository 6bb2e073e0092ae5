import type { TextLine } from './text-lines';

/** A section or item heading (三、… / （二）…) at the start of a line. */
const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;
/** A sentence ends here: what follows on the next line may open a paragraph of its own. */
const SENTENCE_END = /[。；;：:！!？?]\s*$/;

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/**
 * The right edge of a text block, or null when no two lines end near each other: the ends of the lines
 * that most others end near (within `reach`), the farther cluster among equals, their median. A line that
 * overflows alone (a URL) does not move it, and a ragged right edge (a page printed by Chromium: full lines
 * end 567–590) is where its full lines end, not the shortest line of a page whose ends are all different.
 */
function blockRight(rights: readonly number[], reach: number): number | null {
  let best: number[] = [];
  let bestAt = -Infinity;
  for (const v of rights) {
    const near = rights.filter((r) => Math.abs(r - v) <= reach);
    if (near.length > best.length || (near.length === best.length && v > bestAt)) {
      best = near;
      bestAt = v;
    }
  }
  if (best.length < 2) return null;
  const sorted = [...best].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const [lo, hi] = [sorted[mid - 1], sorted[mid]];
  // two or more: both sides of the middle are there
  if (lo === undefined || hi === undefined) return null;
  return sorted.length % 2 ? hi : (lo + hi) / 2;
}

/**
 * The usual distance between the baselines of two lines of one paragraph on a page (the most common
 * one between neighbouring lines of one size), or null when the page has too few lines to tell.
 */
function linePitch(lines: readonly TextLine[]): number | null {
  const gaps: number[] = [];
  for (const [i, b] of lines.entries()) {
    const a = lines[i - 1];
    if (!a) continue;
    const gap = a.y - b.y;
    if (Math.abs(a.size - b.size) <= 1 && gap > 0 && gap < 4 * b.size) gaps.push(gap);
  }
  return gaps.length >= 3 ? mode(gaps) : null;
}

/**
 * Rebuilds the paragraphs that the page layout broke into lines, so a sentence such as
 * "受理政府信息公开申请 / 3119 / 件" reads as one. A line opens a paragraph when it is indented from
 * the text's left edge, when the line before it stopped short of the right edge, when the font size
 * changes, when more space than between a paragraph's lines stands above it (a table taken out, or
 * the paragraph spacing of a page saved by LibreOffice or a browser, which indent nothing), or when
 * it opens with a heading (六、… / （二）…) after a sentence's end or is a short heading itself; a
 * paragraph runs on over a page break unless the next page's first line is indented.
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
  const docSize = mode(all.map((l) => l.size)) || 12;
  const docRight =
    blockRight(
      all.map((l) => l.right),
      docSize * 1.5,
    ) ?? Math.max(0, ...all.map((l) => l.right));
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const own = lines.length >= 6;
    const left = own ? mode(lines.map((l) => l.x)) : docLeft;
    const right =
      (own
        ? blockRight(
            lines.map((l) => l.right),
            docSize * 1.5,
          )
        : null) ?? docRight;
    const pitch = linePitch(lines);
    lines.forEach((line, i) => {
      const indented = line.x - left > line.size * 0.8;
      const prevShort = prev !== null && prevRight - prev.right > prev.size * 1.5;
      const sizeChange = prev !== null && Math.abs(prev.size - line.size) > 1;
      const above = lines[i - 1];
      const gap = above !== undefined && pitch !== null && above.y - line.y > pitch + 0.35 * line.size;
      const short = right - line.right > line.size * 1.5;
      const heading = HEADING.test(line.text) && (short || (prev !== null && SENTENCE_END.test(prev.text)));
      if (prev === null || indented || prevShort || sizeChange || gap || heading) out.push(line.text);
      else out[out.length - 1] += line.text;
      prev = line;
      prevRight = right;
    });
  }
  return out.map((p) => p.trim()).filter((p) => p !== '');
}
