import { describe, expect, it } from 'vitest';
import { asciiDigit, asciiDigitView } from '../../../../lib/extract/text/ascii-digits';

describe('asciiDigit', () => {
  it.each([
    ['6', '6'],
    ['６', '6'], // full-width (NFKC)
    ['𝟔', '6'], // mathematical bold (NFKC, two UTF-16 units)
    ['٣', '3'], // Arabic-Indic: NFKC leaves it, its place in its block gives 3
    ['९', '9'], // Devanagari
    ['①', null], // a list mark, not a digit
    ['²', null], // a footnote mark
    ['三', null],
    ['a', null],
  ])('should read %j as %j', (ch, want) => {
    expect(asciiDigit(ch)).toBe(want);
  });
});

describe('asciiDigitView', () => {
  it('should write every digit in ASCII and keep where each character stood', () => {
    const text = '（七）总计６３0020469四、𝟏0';
    const view = asciiDigitView(text);
    expect(view.text).toBe('（七）总计630020469四、10');
    // each character of the view points at its original; the astral 𝟏 (two units) at its first unit
    expect(view.at.map((i) => text[i])).toEqual([...'（七）总计６３0020469四、', '\ud835', '0', undefined]);
    expect(view.at.at(-1)).toBe(text.length);
  });
});
