import { REVIEW_GROUPS } from '../model/keys';
import { checkSum } from './arithmetic';
import { readingIndex } from './reading-index';
import type { Rule } from './rule';
import { groupName, reviewTerm } from './terms';

/** T4-A/B/C: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const t4GroupTotal: Rule = {
  id: 't4-group-total',
  severity: 'error',
  clause: 'T4-A/B/C',
  summary: {
    zh: '表四行政复议、未经复议直接起诉、复议后起诉各组：总计 = 维持 + 纠正 + 其他 + 尚未审结。',
    en: 'Table 4, each group: total = upheld + corrected + other + pending.',
  },
  check({ ex }) {
    const t = ex.tables.review;
    if (!t) return [];
    return REVIEW_GROUPS.flatMap((group) => {
      if (!t[group]) return [];
      const name = groupName(group);
      const parts = (['upheld', 'corrected', 'other', 'pending'] as const).map((c) => reviewTerm(t, group, c));
      return checkSum(
        't4-group-total',
        'error',
        { zh: `表四${name.zh}·总计`, en: `Table 4 ${name.en}, total` },
        parts,
        reviewTerm(t, group, 'total'),
        readingIndex(ex.problems),
      );
    });
  },
};
