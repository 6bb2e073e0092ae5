import type { PdfTextItem } from './pdf-content';

/** One printed line: its runs left to right, where it starts and ends, and its font size. */
export interface TextLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  items: PdfTextItem[];
}

/** A gap wider than this share of the font size is a space between words (or between "1" and "0"). */
const SPACE_GAP = 0.4;

/**
 * Between two digits of a table cell a space glyph is narrower (a quarter of an em): "1 0" printed with
 * a space is told from 10 so, and read as 10 with a note, as on the page.
 */
const DIGIT_GAP = 0.15;

/** Joins the runs of one line, with a space where the page shows a visible gap. */
function joinRuns(runs: PdfTextItem[], cell: boolean): string {
  let out = '';
  let end = -Infinity;
  for (const r of runs) {
    const gap = r.x - end;
    const digits = cell && /\d$/.test(out) && /^\d/.test(r.str);
    if (out !== '' && gap > (digits ? DIGIT_GAP : SPACE_GAP) * r.h && !/\s$/.test(out)) out += ' ';
    out += r.str;
    end = r.x + r.w;
  }
  return out;
}

/**
 * Groups text runs into lines by baseline (top of the page first), each line left to right. Runs
 * belong to one line when their baselines differ by less than half the smaller font size: digits
 * set in another font sit a fraction of a point off the Chinese around them. `cell`: the runs of one
 * table cell, where two figures a space apart are kept apart (DIGIT_GAP).
 */
export function textLines(items: readonly PdfTextItem[], cell = false): TextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  // a line starts with its first run, so it is never empty
  const lines: [PdfTextItem, ...PdfTextItem[]][] = [];
  for (const it of sorted) {
    const line = lines.at(-1);
    const ref = line?.[0];
    if (ref && Math.abs(ref.y - it.y) < Math.min(ref.h, it.h) * 0.5) line.push(it);
    else lines.push([it]);
  }
  return lines.map((runs) => {
    runs.sort((a, b) => a.x - b.x);
    const [first, ...others] = runs;
    // a line of one run ends where that run ends
    const last = others.at(-1) ?? first;
    return {
      text: joinRuns(runs, cell),
      x: first.x,
      right: last.x + last.w,
      y: first.y,
      size: Math.max(...runs.map((r) => r.h)),
      items: runs,
    };
  });
}
