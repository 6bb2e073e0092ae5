import type { MdItem } from './markdown-items';

/** Ends a sentence: 。！？； (and their ASCII forms), a closing quote or bracket may follow. */
const SENTENCE_END = /[。！？；!?;…][”’"'」』）)]*$/;
/**
 * Opens a block of its own: a section or item numeral (一、 （一） 1. 第一部分) or a list item (一是, 二是).
 * Only the next line is tested, so a line of a paragraph that happens to start with such a numeral after a
 * full line is taken for a new block: a paragraph cut in two, never two blocks glued.
 */
const BLOCK_START =
  /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+(?:部分|章|节)|[一二三四五六七八九十]+是)/;
/**
 * How far (in CJK characters) a line may stop short of the common width and still run to the margin: a
 * paragraph's first line is indented by two, and half-width figures and spaces are only estimated.
 */
const SLACK = 4;
/** A page number in full-width digits (`— １ —`), which markdown-items.ts does not take for filler. */
const PAGE_NUMBER = /^[-—–]\s*\d+\s*[-—–]$/;
/** A heading printed with its numeral: no sentence punctuation (，。；：) in it. */
const HEADING = /^[^，,。；;：:！？!?]*$/;

/**
 * A line's printed width in CJK characters: ASCII and full-width digits and letters count half, a run of
 * spaces (ASCII, NBSP, U+3000: the gap a converter marks around figures) half, anything else one — so
 * spaces, NBSP, U+3000 or full-width digits in place of one another change no decision.
 */
function width(text: string): number {
  let w = 0;
  for (const ch of text.replace(/[\s\u00a0\u3000]+/g, ' ')) w += /[\x20-\x7e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/.test(ch) ? 0.5 : 1;
  return w;
}

/**
 * The width most lines of text run to, when the text keeps a PDF's printed lines: the commonest width of
 * the lines of 10 characters or more, with at least 5 lines and three in ten of them within a character of
 * it. Null when the lines are paragraphs already (each as long as its paragraph, no width shared), and
 * nothing is to be joined.
 */
function printedWidth(texts: readonly string[]): number | null {
  const widths = texts.map(width).filter((w) => w >= 10);
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(Math.round(w), (counts.get(Math.round(w)) ?? 0) + 1);
  const commonest = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (commonest === undefined) return null;
  const near = widths.filter((w) => Math.abs(w - commonest) <= 1).length;
  return near >= 5 && near >= widths.length * 0.3 ? commonest : null;
}

/**
 * The narrative of converter Markdown as paragraphs. Converters that keep a PDF's printed lines give one
 * line per printed line, so a sentence reaches the narrative rules cut in two (`…被行政复议纠错或` /
 * `行政诉讼败诉情形。`). A line runs on into the next when it is no heading (`#`, or a numeral and no
 * sentence punctuation), does not end a sentence, runs to the right margin (within SLACK of the width most
 * lines share: a heading, a title or a paragraph's last line stops short), and the next is neither a `#`
 * heading, a numbered heading or list item, nor a table; page numbers between the two are dropped. Text
 * whose lines share no width is left line for line (its lines are paragraphs already). Lines in `inTables`
 * (labels the converter moved out of a table's rows) are no narrative: they are dropped and end a paragraph.
 * @example markdownParagraphs(items of '一、总体情况\n…着力发挥(28 characters)\n— 1 —\n政务公开…提质增效。') → ['一、总体情况', '…着力发挥政务公开…提质增效。']
 */
export function markdownParagraphs(items: readonly MdItem[], inTables: ReadonlySet<number> = new Set()): string[] {
  const texts = items.flatMap((it, i) => (it.kind === 'text' && !it.filler && !it.heading && !inTables.has(i) ? [it.text] : []));
  const full = printedWidth(texts);
  const out: string[] = [];
  let open = false; // the last paragraph runs on into the next line of text
  for (const [i, it] of items.entries()) {
    if (it.kind === 'row' || inTables.has(i)) {
      open = false;
      continue;
    }
    if (it.filler || PAGE_NUMBER.test(it.text.normalize('NFKC'))) continue;
    const last = out.length - 1;
    const line = it.text;
    const numbered = BLOCK_START.test(line);
    const prev = out[last];
    if (open && !it.heading && !numbered && prev !== undefined) out[last] = join(prev, line);
    else out.push(line);
    const heading = it.heading || (numbered && HEADING.test(line));
    open = full !== null && !heading && !SENTENCE_END.test(line) && width(line) >= full - SLACK;
  }
  return out;
}

/** Two printed lines as one: CJK runs on directly; Latin words cut at a line end keep a space. */
function join(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}
