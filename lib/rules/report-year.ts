import { PERIOD, type YearSignal } from '../detect/body-year';
import { findSentence, findSentences } from './helpers/sentences';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import type { Finding } from '../model/finding';
import { trustedYear } from './helpers/trusted-year';
import type { Bilingual } from '../model/lang';

declare module '../model/rule-ids' {
  interface RuleIds {
    'report-year': true;
  }
}

/** The sentences that stated a year read from a body without a title, in the message's words. */
const SIGNAL_WORDS: Record<YearSignal, Bilingual> = {
  period: { zh: '统计期限', en: 'statistics period' },
  naming: { zh: '正文对本报告的称述', en: 'the report naming itself' },
  subject: { zh: '正文叙述年份', en: 'the narrative year' },
};

/**
 * `period`: the year (of the title, or of the body's agreeing `basis` sentences where there is no title)
 * against the 统计期限's; `stale`: how many sentences open with the year before.
 */
const MESSAGES: RuleMessages<{ period: { year: number; period: number; basis: YearSignal[] | null }; stale: { year: number; count: number } }> = {
  zh: {
    period: ({ year, period, basis }) =>
      basis
        ? `${basis.map((k) => SIGNAL_WORDS[k].zh).join('与')}均为 ${year} 年（未见标题），统计期限写为 ${period} 年`
        : `标题年份为 ${year} 年，统计期限写为 ${period} 年`,
    stale: ({ year, count }) => `${year} 年报告的正文以“${year - 1}年，”开头叙述（${count} 处），可能沿用了上年报告`,
  },
  en: {
    period: ({ year, period, basis }) =>
      basis
        ? `No title; ${basis.map((k) => SIGNAL_WORDS[k].en).join(' and ')} give ${year}, statistics period ${period}`
        : `Title year ${year}, statistics period ${period}`,
    stale: ({ year, count }) => `${count} sentence(s) of this ${year} report open with "${year - 1}"; text may be carried over from last year`,
  },
};
const say = sayer('report-year', MESSAGES);

/**
 * D-2: the reporting year in the title agrees with the 统计期限 sentence and with the subject year of the
 * narrative; a sentence opening with the previous year ("2022年，本单位…" in a 2023 report) suggests
 * text carried over from last year's report. Without a title, only a year that two independent kinds
 * of sentence state (trustedYear) is compared: never a guess.
 */
export const reportYear: Rule = {
  id: 'report-year',
  severity: 'warning',
  rank: 600,
  clause: 'D-2',
  clauseText: {
    section: '§4.6 D-2',
    text: 'Report year Y from title = year in 统计期限 = subject year of narrative sentences ("Y年，我局…"). A sentence "Y−1年，本单位…" as the subject year ⇒ WARN; title year ≠ publication year − 1 ⇒ INFO (late or re-posted report).',
  },
  summary: { zh: '标题年份、统计期限年份与正文叙述年份一致。', en: 'Title year, statistics period and narrative year agree.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const year = trustedYear(ex);
    if (year === null) return [];
    const out: Finding[] = [];
    const basis = ex.yearBasis?.from === 'body' ? ex.yearBasis.agreeing : null;
    const period = findSentence(text, PERIOD);
    if (period && Number(period.match[1]) !== year)
      out.push(
        say('period', 'warning', { year, period: Number(period.match[1]), basis }, { quote: period.quote, expected: year, actual: Number(period.match[1]) }),
      );
    const stale = findSentences(text, new RegExp(`^${year - 1}年度?[，,]`));
    const [firstStale] = stale;
    if (firstStale) out.push(say('stale', 'warning', { year, count: stale.length }, { quote: firstStale.quote, expected: year, actual: year - 1 }));
    return out;
  },
};
