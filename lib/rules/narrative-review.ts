import { REVIEW_GROUPS } from '../model/keys';
import type { Finding } from '../model/finding';
import type { Rule, RuleMessages } from './rule';
import { COMPARE_MESSAGES, compareFinding, reviewTotal, sumOf } from './narrative-compare';
import { cellLabel } from '../model/cell-label';
import { sayer } from './note';
import { findSentence, figure } from './sentences';
import { reviewTerm } from './terms';

/** A figure of 表四 a note names: its cell and value. */
type Figure = { path: string; value: number | null };
/** `none-said`: the 总计 of 表四 that are not 0; `all-upheld`: the other outcomes that are not 0. */
const OWN: RuleMessages<{ 'none-said': { totals: (number | null)[] }; 'all-upheld': { others: Figure[] } }> = {
  zh: {
    'none-said': ({ totals }) => `正文称未发生行政复议、行政诉讼，而表四总计为 ${totals.join('、')}`,
    'all-upheld': ({ others }) => `正文称“均获维持”，而表四有纠正、其他结果或尚未审结：${others.map((x) => `${cellLabel(x.path)} ${x.value}`).join('，')}`,
  },
  en: {
    'none-said': ({ totals }) => `The narrative says there was no review or litigation, table 4 totals are ${totals.join(', ')}`,
    'all-upheld': ({ others }) =>
      `The narrative says all were upheld; table 4 has other outcomes: ${others.map((x) => `${cellLabel(x.path, 'en')} ${x.value}`).join('; ')}`,
  },
};
const MESSAGES = { zh: { ...COMPARE_MESSAGES.zh, ...OWN.zh }, en: { ...COMPARE_MESSAGES.en, ...OWN.en } };
const say = sayer('narrative-review', OWN);

/**
 * N-4: "行政复议 N 件" = 表四 行政复议 总计; "行政诉讼 N 件" = the two litigation 总计 together;
 * "未发生…行政复议、行政诉讼" ⇒ all three 总计 are 0; "均获维持" ⇒ no 纠正, 其他 or 尚未审结.
 */
export const narrativeReview: Rule = {
  id: 'narrative-review',
  severity: 'warning',
  clause: 'N-4',
  summary: { zh: '正文所述行政复议、行政诉讼件数及结果与表四一致。', en: 'Review and litigation counts and outcomes in the narrative agree with table 4.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.review;
    if (!t) return [];
    const out: Finding[] = [];
    const totals = REVIEW_GROUPS.map((g) => reviewTotal(t, g));
    const review = findSentence(text, /(?:行政)?复议(?!后)[^。；，,\d]{0,8}?(\d+)\s*(?:件|起|宗)/);
    if (review)
      out.push(
        ...compareFinding(
          'narrative-review',
          { zh: '正文所述行政复议件数', en: 'Reconsiderations, as the narrative says' },
          review.quote,
          figure(review.match[1]!),
          [{ ...totals[0]!, label: { zh: '表四行政复议·总计', en: 'table 4 reconsideration total' } }],
          ex,
        ),
      );
    const suits = findSentence(text, /(?:行政)?诉讼[^。；，,\d]{0,8}?(\d+)\s*(?:件|起|宗)/);
    if (suits)
      out.push(
        ...compareFinding(
          'narrative-review',
          { zh: '正文所述行政诉讼件数', en: 'Lawsuits, as the narrative says' },
          suits.quote,
          figure(suits.match[1]!),
          [sumOf(totals.slice(1), { zh: '表四两类行政诉讼·总计之和', en: 'table 4 litigation totals' })],
          ex,
        ),
      );
    const none = findSentence(text, /(未发生|没有发生|未出现|无)[^。；\d]{0,20}行政复议/);
    const nonZero = totals.filter((x) => x.value !== null && x.value > 0);
    if (none && !/\d/.test(none.quote) && nonZero.length > 0)
      out.push(say('none-said', 'warning', { totals: nonZero.map((x) => x.value) }, { cells: nonZero.map((x) => x.path), quote: none.quote, expected: 0 }));
    const upheld = findSentence(text, /均(?:获|被|予)?维持/);
    if (upheld) {
      const others = REVIEW_GROUPS.flatMap((g) => (['corrected', 'other', 'pending'] as const).map((c) => reviewTerm(t, g, c))).filter(
        (x) => x.value !== null && x.value > 0,
      );
      if (others.length > 0)
        out.push(
          say(
            'all-upheld',
            'warning',
            { others: others.map((x) => ({ path: x.path, value: x.value })) },
            { cells: others.map((x) => x.path), quote: upheld.quote, expected: 0 },
          ),
        );
    }
    return out;
  },
};
