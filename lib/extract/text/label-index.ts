import { itemAt } from '../../model/item-at';

/**
 * Text prepared for finding template labels in it while keeping where each character was printed:
 * NFKC (full-width brackets and digits become ASCII), every kind of whitespace dropped, curly quotes
 * made straight. `at[i]` is the index in the original text of `norm[i]`.
 */
export interface LabelIndex {
  text: string;
  norm: string;
  at: number[];
}

export function labelIndex(text: string): LabelIndex {
  let norm = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (/[\s\u00a0\u3000\u200b\ufeff]/.test(c)) continue;
    const n = c.normalize('NFKC').replace(/[“”„‟〝〞'‘’「」『』]/g, '"');
    for (const ch of n) {
      norm += ch;
      at.push(i);
    }
  }
  at.push(text.length);
  return { text, norm, at };
}

/** A span of the original text. */
export interface Found {
  start: number;
  end: number;
}

/** A label found: where it starts and ends in the original text, and in the normalised one. */
export interface FoundLabel extends Found {
  normStart: number;
  normEnd: number;
}

/** The first match of `re` (no flags needed) in the normalised text from `from` (a norm index) up to `to`. */
export function findLabel(ix: LabelIndex, re: RegExp, from: number, to = ix.norm.length): FoundLabel | null {
  const global = new RegExp(re.source, 'g');
  global.lastIndex = from;
  const m = global.exec(ix.norm);
  if (!m || m.index + m[0].length > to) return null;
  const normStart = m.index;
  const normEnd = m.index + m[0].length;
  // `at` holds the source index of every normalised character, and a label match is never empty
  return { normStart, normEnd, start: itemAt(ix.at, normStart, 'label start'), end: itemAt(ix.at, normEnd - 1, 'label end') + 1 };
}
