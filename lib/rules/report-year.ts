import { PERIOD, type YearSignal } from '../detect/body-year';
import { findSentence, findSentences } from './sentences';
import { note } from './note';
import type { Rule } from './rule';
import type { Finding } from '../report/finding';
import { trustedYear } from './trusted-year';

/** The sentences that stated a year read from a body without a title, in the message's words. */
const SIGNAL_WORDS: Record<YearSignal, { zh: string; en: string }> = {
  period: { zh: '统计期限', en: 'statistics period' },
  naming: { zh: '正文对本报告的称述', en: 'the report naming itself' },
  subject: { zh: '正文叙述年份', en: 'the narrative year' },
};

/**
 * D-2: the reporting year in the title agrees with the 统计期限 sentence and with the subject year of the
 * narrative; a sentence opening with the previous year ("2022年，本单位…" in a 2023 report) suggests
 * text carried over from last year's report. Without a title, only a year that two independent kinds
 * of sentence state (trustedYear) is compared: never a guess.
 */
export const reportYear: Rule = {
  id: 'report-year',
  severity: 'warning',
  clause: 'D-2',
  summary: { zh: '标题年份、统计期限年份与正文叙述年份一致。', en: 'Title year, statistics period and narrative year agree.' },
  check({ ex, text }) {
    const year = trustedYear(ex);
    if (year === null) return [];
    const out: Finding[] = [];
    const basis = ex.yearBasis?.from === 'body' ? ex.yearBasis.agreeing : null;
    const period = findSentence(text, PERIOD);
    if (period && Number(period.match[1]) !== year)
      out.push(
        note(
          'report-year',
          'warning',
          basis
            ? `${basis.map((k) => SIGNAL_WORDS[k].zh).join('与')}均为 ${year} 年（未见标题），统计期限写为 ${period.match[1]} 年`
            : `标题年份为 ${year} 年，统计期限写为 ${period.match[1]} 年`,
          basis
            ? `No title; ${basis.map((k) => SIGNAL_WORDS[k].en).join(' and ')} give ${year}, statistics period ${period.match[1]}`
            : `Title year ${year}, statistics period ${period.match[1]}`,
          { quote: period.quote, expected: year, actual: Number(period.match[1]) },
        ),
      );
    const stale = findSentences(text, new RegExp(`^${year - 1}年度?[，,]`));
    if (stale.length > 0)
      out.push(
        note(
          'report-year',
          'warning',
          `${year} 年报告的正文以“${year - 1}年，”开头叙述（${stale.length} 处），可能沿用了上年报告`,
          `${stale.length} sentence(s) of this ${year} report open with "${year - 1}"; text may be carried over from last year`,
          { quote: stale[0]!.quote, expected: year, actual: year - 1 },
        ),
      );
    return out;
  },
};
