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
