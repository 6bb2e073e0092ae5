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

describe('asciiDigit in runs of digits longer than ten', () => {
  it.each([
    ['𝟞', '6'], // mathematical double-struck six: the second of five touching tens (U+1D7CE–1D7FF)
    ['𝟿', '9'], // the last of them
    ['\u{116de}', '4'], // Eastern Pwo Karen four, right after the Pao digits (no NFKC form: by its place)
    ['\u{116d3}', '3'], // Pao three
  ])('should read %j as %j by its place in its ten', (ch, want) => {
    expect(asciiDigit(ch)).toBe(want);
  });
});

describe('asciiDigitView on texts of ASCII digits only, and astral characters that are not digits', () => {
  it('should keep the text as it is, each character pointing at itself', () => {
    // seed 002's crawler （七）总计 as printed in ASCII
    const text = '（七）总计1 0 0 0 0 0 0 10';
    expect(asciiDigitView(text)).toEqual({ text, at: Array.from({ length: text.length + 1 }, (_, i) => i) });
  });

  it('should write in ASCII a text of full-width digits alone (nothing but a figure)', () => {
    expect(asciiDigitView('６３')).toEqual({ text: '63', at: [0, 1, 2] });
  });

  it('should point both units of an astral character that is no digit at themselves', () => {
    // 𠀀 (U+20000, a CJK ideograph of two units, as in a person's or a place's name) before a full-width ６
    const text = '𠀀６';
    expect(asciiDigitView(text)).toEqual({ text: '𠀀6', at: [0, 1, 2, 3] });
  });
});
