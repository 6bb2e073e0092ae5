import { sayer } from '../note';
import type { RuleMessages } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-same-narrative': true;
  }
}

/** A report counts as largely copied when at least this share of its eligible lines repeat last year's. */
export const NARRATIVE_OVERLAP = 0.8;
/** Lines shorter than this (headings, 无, 一是…) repeat in any report. */
export const MIN_LINE = 20;
/** Below this many eligible lines a percentage means little. */
const MIN_LINES = 3;

const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])[^。]*$/u;
/** Lines every report prints year after year (the 第五十条 opening, the 统计期限, the portal address, the fee sentence). */
const TEMPLATE = /第五十条规定|统计期限|统计期为|网站网址为|如需了解更多政府信息|信息处理费管理办法/u;

/** The line as compared: NFKC, no whitespace, and its report year as 本年 (a copied report usually updates its years). */
function norm(line: string, year: number | null): string {
  const s = line.normalize('NFKC').replace(/\s+/gu, '');
  return year === null ? s : s.replaceAll(`${year}年`, '本年').replaceAll(`${year - 1}年`, '上年');
}

function eligible(lines: readonly string[], year: number | null): string[] {
  return lines.map((l) => norm(l, year)).filter((l) => l.length >= MIN_LINE && !HEADING.test(l) && !TEMPLATE.test(l));
}

/** `same`: of the narrative's `lines` compared, how many repeat last year's (`repeated`, `pct` per cent); last year's report by its title (or address). */
const MESSAGES: RuleMessages<{ same: { lines: number; repeated: number; pct: number; previous: string } }> = {
  zh: { same: (d) => `正文 ${d.lines} 段中有 ${d.repeated} 段（${d.pct}%）与上年报告（${d.previous}）逐字相同（年份除外），可能沿用了上年文本` },
  en: {
    same: (d) =>
      `${d.repeated} of ${d.lines} narrative lines (${d.pct}%) repeat last year's report (${d.previous}) verbatim (years aside): the text may have been reused`,
  },
};
const say = sayer('cross-year-same-narrative', MESSAGES);

/**
 * X-3 (text): the narrative's non-heading lines of MIN_LINE characters or more, compared with last
 * year's verbatim (after NFKC, whitespace and the years); an info note with the share repeated when it
 * reaches NARRATIVE_OVERLAP (CASS found ~90% overlap with the previous year in copied reports). Nothing
 * when either narrative is unknown (a record made without its text).
 */
export const crossYearSameNarrative: CrossYearRule = {
  id: 'cross-year-same-narrative',
  severity: 'info',
  rank: 130,
  clause: 'X-3',
  clauseText: { section: '§4.5 X-3', text: 'Same unit, two years: identical narrative / identical numbers ⇒ copy-paste.' },
  summary: {
    zh: '正文段落与上年报告大量逐字相同（≥80%，年份除外），提示可能沿用上年文本。',
    en: "Most narrative lines repeat last year's report verbatim (≥ 80%, years aside).",
  },
  messages: MESSAGES,
  check({ current, previous }) {
    const now = eligible(current.narrative, current.report.year);
    const last = new Set(eligible(previous.narrative, previous.year));
    // last year without lines: nothing repeats, the share below is 0
    if (now.length < MIN_LINES) return [];
    const repeated = now.filter((l) => last.has(l)).length;
    const share = repeated / now.length;
    if (share < NARRATIVE_OVERLAP) return [];
    const pct = Math.round(share * 100);
    const prev = previousOf(previous);
    const name = prev.title ?? prev.url;
    return [say('same', 'info', { lines: now.length, repeated, pct, previous: name }, { expected: null, actual: pct })];
  },
};
