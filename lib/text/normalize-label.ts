/**
 * Normalises a printed label for matching: NFKC (full-width brackets, colons and digits become ASCII),
 * every kind of whitespace removed (U+0020, NBSP, U+3000, line breaks: Word splits labels as `商业\n企业`),
 * curly and straight quotes unified, and the known typos of real reports mapped to the template wording.
 * @example normalizeLabel('（三）不予公开\u00a0') → '(三)不予公开'
 */
export function normalizeLabel(text: string): string {
  let s = text.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
  s = s.replace(/[“”„‟〝〞'‘’「」『』]/g, '"');
  for (const [typo, fixed] of TYPOS) s = s.replace(typo, fixed);
  return s;
}

/** Typos seen in published reports (report-format.md §3.2), mapped to the template wording. */
const TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/只计这一情况/g, '只计这一情形'],
  [/三类内容事务/g, '三类内部事务'],
  [/结转下一年度/g, '结转下年度'],
];

/**
 * Collapses runs of whitespace (including NBSP and ideographic space) to one space and trims.
 * @example collapseSpace(' a\u00a0\u00a0b ') → 'a b'
 */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
