import { REVIEW_GROUPS } from '../model/keys';
import type { CellTable } from '../model/types';
import type { Finding } from '../model/finding';
import type { Rule, RuleMessages } from './rule';
import { COMPARE_MESSAGES, compareFinding, reviewTotal, sumOf } from './helpers/narrative-compare';
import { cellLabel } from '../model/cell-label';
import { sayer } from './note';
import { findSentence, figure } from './helpers/sentences';
import { type ReviewClaim, reviewClaims } from './helpers/review-claims';
import { reviewTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-review': true;
  }
}

/** A figure of 表四 a note names: its cell and value. */
type Figure = { path: string; value: number | null };
type Kind = 'reconsideration' | 'litigation';
const KIND = {
  reconsideration: { zh: '行政复议', en: 'reconsideration' },
  litigation: { zh: '行政诉讼', en: 'litigation' },
} as const;
const NONE = {
  total: { zh: (k: string) => `未发生${k}`, en: (k: string) => `there was no ${k}` },
  corrected: { zh: (k: string) => `未发生${k}纠错或败诉`, en: (k: string) => `no ${k} went against the agency` },
} as const;

/**
 * `none-said`: a sentence says there was no review or litigation (`total`) or none went against the agency
 * (`corrected`), of the `kinds` it names, and these figures of 表四 are not 0; `all-upheld`: the other
 * outcomes that are not 0.
 */
const OWN: RuleMessages<{ 'none-said': { column: 'total' | 'corrected'; kinds: Kind[]; figures: Figure[] }; 'all-upheld': { others: Figure[] } }> = {
  zh: {
    'none-said': ({ column, kinds, figures }) =>
      `正文称${NONE[column].zh(kinds.map((k) => KIND[k].zh).join('、'))}，而${figures.map((x) => `${cellLabel(x.path)} 为 ${x.value}`).join('，')}`,
    'all-upheld': ({ others }) => `正文称“均获维持”，而表四有纠正、其他结果或尚未审结：${others.map((x) => `${cellLabel(x.path)} ${x.value}`).join('，')}`,
  },
  en: {
    'none-said': ({ column, kinds, figures }) =>
      `The narrative says ${NONE[column].en(kinds.map((k) => KIND[k].en).join(' or '))}; ${figures.map((x) => `${cellLabel(x.path, 'en')} is ${x.value}`).join(', ')}`,
    'all-upheld': ({ others }) =>
      `The narrative says all were upheld; table 4 has other outcomes: ${others.map((x) => `${cellLabel(x.path, 'en')} ${x.value}`).join('; ')}`,
  },
};
const MESSAGES = { zh: { ...COMPARE_MESSAGES.zh, ...OWN.zh }, en: { ...COMPARE_MESSAGES.en, ...OWN.en } };
const say = sayer('narrative-review', OWN);

/**
 * N-4: "行政复议 N 件" = 表四 行政复议 总计; "行政诉讼 N 件" = the two litigation 总计 together;
 * "未发生…行政复议、行政诉讼" ⇒ their 总计 are 0, "未发生…复议纠错、诉讼败诉" ⇒ their 结果纠正 are 0
 * (review-claims.ts); "均获维持" ⇒ no 纠正, 其他 or 尚未审结.
 */
export const narrativeReview: Rule = {
  id: 'narrative-review',
  severity: 'warning',
  rank: 330,
  clause: 'N-4',
  clauseText: {
    section: '§4.3 N-4',
    text: '"行政复议 N 件" = A 总计; "行政诉讼 N 件" = B 总计 + C 总计; "未发生/无…行政复议、行政诉讼" ⇒ A, B, C 总计 all 0; "均获维持" ⇒ 纠正 = 其他 = 尚未审结 = 0.',
  },
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
          figure(review.match[1] ?? ''),
          [{ ...reviewTotal(t, 'reconsideration'), label: { zh: '表四行政复议·总计', en: 'table 4 reconsideration total' } }],
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
          figure(suits.match[1] ?? ''),
          [sumOf(totals.slice(1), { zh: '表四两类行政诉讼·总计之和', en: 'table 4 litigation totals' })],
          ex,
        ),
      );
    out.push(...noneFindings(t, reviewClaims(text)));
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

/**
 * One warning per sentence and kind of claim (total, corrected) that table 四 contradicts, naming the cells
 * that are not 0. A cell not read is no contradiction.
 */
function noneFindings(t: CellTable, claims: readonly ReviewClaim[]): Finding[] {
  const out: Finding[] = [];
  for (const column of ['total', 'corrected'] as const) {
    for (const quote of new Set(claims.filter((c) => c.column === column).map((c) => c.quote))) {
      const mine = claims.filter((c) => c.column === column && c.quote === quote);
      const cells = mine.flatMap((c) => c.groups.map((g) => reviewTerm(t, g, column))).filter((x) => x.value !== null && x.value > 0);
      if (cells.length === 0) continue;
      out.push(
        say(
          'none-said',
          'warning',
          { column, kinds: mine.map((c) => c.kind), figures: cells.map((x) => ({ path: x.path, value: x.value })) },
          { cells: cells.map((x) => x.path), quote, expected: 0 },
        ),
      );
    }
  }
  return out;
}
