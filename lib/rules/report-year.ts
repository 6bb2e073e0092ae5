import { findSentence, findSentences } from './sentences';
import { note } from './note';
import type { Rule } from './rule';
import type { Finding } from '../report/finding';

/**
 * D-2: the reporting year in the title agrees with the 统计期限 sentence and with the subject year of the
 * narrative; a sentence opening with the previous year ("2022年，本单位…" in a 2023 report) suggests
 * text carried over from last year's report.
 */
export const reportYear: Rule = {
  id: 'report-year',
  severity: 'warning',
  clause: 'D-2',
  summary: { zh: '标题年份、统计期限年份与正文叙述年份一致。', en: 'Title year, statistics period and narrative year agree.' },
  check({ ex, text }) {
    const year = ex.year;
    if (year === null) return [];
    const out: Finding[] = [];
    const period = findSentence(text, /统计期(?:限)?[^。]{0,8}?((?:19|20)\d{2})年\s*1月\s*1日/);
    if (period && Number(period.match[1]) !== year)
      out.push(
        note(
          'report-year',
          'warning',
          `标题年份为 ${year} 年，统计期限写为 ${period.match[1]} 年`,
          `Title year ${year}, statistics period ${period.match[1]}`,
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
