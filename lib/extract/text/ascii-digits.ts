/**
 * A text with every digit written as an ASCII digit, and where each of its characters stood in the original.
 * `at[i]` is the index in the original text of `text[i]`; `at[text.length]` is the original's length.
 */
export interface DigitView {
  text: string;
  at: number[];
}

const DECIMAL = /\p{Nd}/u;
/** A decimal digit that is not ASCII (full-width, mathematical, another script's). */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

/**
 * The ASCII digit a character stands for, or null: full-width `６`, mathematical `𝟔` (NFKC) and the decimal
 * digits of other scripts (`٦`, which NFKC leaves alone: its value is its place in its block of ten).
 * @example asciiDigit('６') → '6'; asciiDigit('٣') → '3'; asciiDigit('三') → null
 */
export function asciiDigit(ch: string): string | null {
  const n = ch.normalize('NFKC');
  if (/^[0-9]$/.test(n)) return DECIMAL.test(ch) || ch === n ? n : null;
  if (!DECIMAL.test(ch)) return null;
  // Unicode lays each script's decimal digits out as ten consecutive code points from its zero
  const cp = ch.codePointAt(0);
  if (cp === undefined) return null;
  let zero = cp;
  while (zero > cp - 9 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/**
 * The text with its digits in ASCII, so that nothing downstream (a `\d`, a `[0-9]`) can mistake a
 * full-width `６３` for part of a label and drop it (`（七）总计６３0020469`). Only decimal digits (Unicode Nd)
 * change; circled or superscript figures (①, ²: list and footnote marks) are left as printed.
 * @example asciiDigitView('总计６３0').text → '总计630'
 */
export function asciiDigitView(text: string): DigitView {
  // most texts print ASCII digits only: the view is the text itself
  if (!OTHER_DIGIT.test(text)) {
    const at = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) at[i] = i;
    return { text, at };
  }
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    // i < text.length: there is a code point at i
    const cp = text.codePointAt(i);
    if (cp === undefined) break;
    const ch = String.fromCodePoint(cp);
    const d = /[0-9]/.test(ch) ? ch : asciiDigit(ch);
    const put = d ?? ch;
    for (let k = 0; k < put.length; k++) {
      out += put[k];
      at.push(i);
    }
    i += ch.length;
  }
  at.push(text.length);
  return { text: out, at };
}
