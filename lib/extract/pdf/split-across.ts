import type { PdfTextItem } from './pdf-content';

/** Full-width (CJK) characters take a whole em; Latin letters and digits about half. */
const em = (ch: string) => (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.55);

/**
 * A text run that crosses a column rule is the text of several cells: pdf.js joins runs of one line
 * set close together (a table shrunk to fit the page) into one item with a space between them
 * ("商业企业 科研机构 社会公益组织"). It is cut at its spaces, each word placed where its share of the
 * run puts it (the words' own widths by character, the rest of the run's width shared by the gaps).
 */
export function splitAcross(it: PdfTextItem, xs: readonly number[]): PdfTextItem[] {
  const words = it.str.trim().split(/\s+/);
  if (words.length < 2 || !xs.some((x) => x > it.x + it.h * 0.5 && x < it.x + it.w - it.h * 0.5)) return [it];
  const inked = words.map((str) => ({ str, ink: [...str].reduce((n, ch) => n + em(ch), 0) * it.h }));
  const total = inked.reduce((a, b) => a + b.ink, 0);
  const scale = total > it.w ? it.w / total : 1;
  const gap = (it.w - total * scale) / (words.length - 1);
  let x = it.x;
  return inked.map(({ str, ink }) => {
    const piece = { ...it, str, x, w: ink * scale };
    x += piece.w + gap;
    return piece;
  });
}
