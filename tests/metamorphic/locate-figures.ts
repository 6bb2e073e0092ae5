import { BLANKS, GAP, type TextStream } from './text-stream';
import type { Truth } from './truth';

/** A printed figure of 表三 or 表四: its cell, value and the source offsets of its digits. */
export interface Figure {
  path: string;
  value: number;
  /** source offsets of the figure's digits, in order (blanks or markup may stand between them) */
  offsets: number[];
  /** index of its row in Truth.rows (表四's three groups are the last three) */
  row: number;
}

/** ASCII and full-width digits: the value of a character, or -1. */
export function digitOf(c: string | undefined): number {
  if (c === undefined) return -1;
  const code = c.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

const isGap = (c: string) => c === GAP || BLANKS.has(c);

/** Stream indexes of `digits` read from `i`, only blanks and markup between them, or null. */
function matchAt(text: string, i: number, digits: string): number[] | null {
  const at: number[] = [];
  for (let j = i; at.length < digits.length; j++) {
    const c = text[j];
    if (c === undefined) return null;
    const d = digitOf(c);
    if (d >= 0) {
      if (String(d) !== digits[at.length]) return null;
      at.push(j);
    } else if (!(at.length > 0 && isGap(c))) return null;
  }
  return at;
}

/** Index of the last character before `i` that is not a gap, or -1. */
function shownBefore(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isGap(text[j]!)) j--;
  return j;
}

/**
 * Finds every non-blank cell of the truth in a source, row after row from the first 本年新收 label: a row
 * is the first place after the previous row where its figures stand in order with nothing but blanks or
 * markup between them, not continuing a figure already there. Rows print 7 (表三) or 5 (a 表四 group)
 * figures, so a label's own numbering (`1.属于国家秘密`) can never be taken for one. Throws, naming the row, when a
 * row is not found: the truth and the source disagree, and no mutant of that fixture would mean anything.
 */
export function locateFigures(stream: TextStream, truth: Truth): Figure[] {
  const { text, offsets } = stream;
  let from = Math.max(0, text.indexOf('本年新收'));
  const figures: Figure[] = [];
  truth.rows.forEach((cells, row) => {
    const printed = cells.filter((c) => c.value !== null);
    const digits = printed.map((c) => String(c.value)).join('');
    if (digits === '') return;
    let at: number[] | null = null;
    for (let i = from; i < text.length && !at; i++) {
      if (digitOf(text[i]) < 0) continue;
      const before = shownBefore(text, i);
      if (before >= from && digitOf(text[before]) >= 0) continue;
      at = matchAt(text, i, digits);
    }
    if (!at) throw new Error(`figures of row ${cells[0]!.path.replace(/\.[^.]+$/, '')} (${digits}) not found after offset ${offsets[from] ?? from}`);
    let k = 0;
    for (const c of printed) {
      const n = String(c.value).length;
      figures.push({ path: c.path, value: c.value!, offsets: at.slice(k, k + n).map((j) => offsets[j]!), row });
      k += n;
    }
    from = at.at(-1)! + 1;
  });
  return figures;
}
