/**
 * Splits narrative text into sentences (at 。；！？ and line ends), keeping each sentence's text as
 * printed so a finding can quote it.
 * @example sentences('共收到申请6件。已办结。') → ['共收到申请6件。', '已办结。']
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。；;！!？?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The count words reports put after a number of applications, outcomes or cases: 件 in the template's
 * wording, 条 (共收到政府信息公开申请0条, issue 15), 宗 and 起 (行政复议1起), 份 (申请书). A source string for RegExp.
 */
export const COUNT_WORD = '(?:件|条|宗|起|份)';

/**
 * Whether a count ending in `word` counts applications. 件 is the template's word; 条 and the others also
 * count items of information (全年印发公文类政府信息共514条，其中…不予公开21条, corpus pingtan-shs-2023), so
 * they count applications only in a sentence about applications: 申请, not 依申请公开 (信息) alone.
 * @example countsApplications('共收到政府信息公开申请0条。', '条') → true
 */
export function countsApplications(quote: string, word: string): boolean {
  return word === '件' || /(?<!依)申请/.test(quote.normalize('NFKC'));
}

/** Reads a printed figure: NFKC digits, thousands separators removed. */
export function figure(text: string): number {
  return Number(text.normalize('NFKC').replace(/[,，\s]/g, ''));
}

/** The first sentence matching `re`, with its match, or null. */
export function findSentence(text: string, re: RegExp): { quote: string; match: RegExpExecArray } | null {
  for (const s of sentences(text)) {
    const match = re.exec(s.normalize('NFKC'));
    if (match) return { quote: s, match };
  }
  return null;
}

/** Every sentence matching `re`. */
export function findSentences(text: string, re: RegExp): { quote: string; match: RegExpExecArray }[] {
  const out: { quote: string; match: RegExpExecArray }[] = [];
  for (const s of sentences(text)) {
    const match = re.exec(s.normalize('NFKC'));
    if (match) out.push({ quote: s, match });
  }
  return out;
}

/**
 * Every match of `re` (which must have the g flag) in every sentence: a sentence may give a part before
 * its total (所有办结的申请中同意公开答复9件…), so the first match is not always the one to compare.
 */
export function findEveryMatch(text: string, re: RegExp): { quote: string; match: RegExpExecArray }[] {
  const out: { quote: string; match: RegExpExecArray }[] = [];
  for (const s of sentences(text)) for (const match of s.normalize('NFKC').matchAll(re)) out.push({ quote: s, match });
  return out;
}
