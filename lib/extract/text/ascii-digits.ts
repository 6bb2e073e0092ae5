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
 * The ASCII digit a character stands for, or null: full-width `６`, mathematical `𝟔` and the decimal digits of
 * other scripts (`٦`); circled or superscript figures (①, ²: list and footnote marks) are no digits.
 * @example asciiDigit('６') → '6'; asciiDigit('٣') → '3'; asciiDigit('三') → null
 */
export function asciiDigit(ch: string): string | null {
  if (!DECIMAL.test(ch)) return null;
  // Unicode lays every script's decimal digits (Nd) out as ten consecutive code points from its zero, and
  // tens may touch (the five mathematical styles 𝟎–𝟿; Pao 𑛐–𑛙 then Eastern Pwo Karen 𑛚–𑛣): a digit's value is
  // its place in its run of Nd, mod 10
  const cp = ch.codePointAt(0) ?? 0;
  let zero = cp;
  while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return String((cp - zero) % 10);
}

/**
 * The text with its digits in ASCII, so that nothing downstream (a `\d`, a `[0-9]`) can mistake a
 * full-width `６３` for part of a label and drop it (`（七）总计６３0020469`). Only decimal digits (Unicode Nd)
 * change; circled or superscript figures (①, ²: list and footnote marks) are left as printed.
 * @example asciiDigitView('总计６３0').text → '总计630'
 */
export function asciiDigitView(text: string): DigitView {
  // most texts print ASCII digits only: the view is the text itself, without a test of each character (4× faster
  // on a crawled report; asciiDigit would give the same view)
  if (!OTHER_DIGIT.test(text)) {
    const at = new Array<number>(text.length + 1);
    for (let i = 0; i <= text.length; i++) at[i] = i;
    return { text, at };
  }
  let out = '';
  const at: number[] = [];
  let i = 0;
  // by code point: an astral digit (𝟔, two UTF-16 units) becomes one ASCII digit standing at its first unit
  for (const ch of text) {
    const d = asciiDigit(ch);
    if (d === null) {
      out += ch;
      for (let k = 0; k < ch.length; k++) at.push(i + k);
    } else {
      out += d;
      at.push(i);
    }
    i += ch.length;
  }
  at.push(text.length);
  return { text: out, at };
}
