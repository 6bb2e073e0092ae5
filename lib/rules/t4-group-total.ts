import { REVIEW_GROUPS, REVIEW_PARTS } from '../model/keys';
import type { Finding, JointCheck } from '../model/finding';
import { checkSum } from './helpers/arithmetic';
import { proveJointlyViolated } from './helpers/prove-jointly';
import { readingIndex } from './helpers/reading-index';
import { NO_MESSAGES, type Rule } from './rule';
import { groupName, reviewTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't4-group-total': true;
  }
}

/**
 * T4-A/B/C: in each group of table 四, 总计 = 结果维持 + 纠正 + 其他 + 尚未审结. Table 四 printed as one
 * run of figures (crawler text) is cut by one split for all three groups: when no split lets the unread
 * groups all add up, though each alone might, that is an error on them together.
 */
export const t4GroupTotal: Rule = {
  id: 't4-group-total',
  severity: 'error',
  rank: 150,
  clause: 'T4-A/B/C',
  clauseText: { section: '§4.2 T4-A/B/C', text: 'Per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 for 行政复议, 未经复议直接起诉, 复议后起诉.' },
  summary: {
    zh: '表四行政复议、未经复议直接起诉、复议后起诉各组：总计 = 维持 + 纠正 + 其他 + 尚未审结。',
    en: 'Table 4, each group: total = upheld + corrected + other + pending.',
  },
  messages: NO_MESSAGES,
  check({ ex }) {
    const t = ex.tables.review;
    if (!t) return [];
    const readings = readingIndex(ex);
    const open: JointCheck[] = [];
    const out = REVIEW_GROUPS.flatMap((group) => {
      // a group not read has no 总计: checkSum finds nothing, and no figure of it is unread
      const name = groupName(group);
      const parts = REVIEW_PARTS.map((c) => reviewTerm(t, group, c));
      const subject = { zh: `表四${name.zh}·总计`, en: `Table 4 ${name.en}, total` };
      const stated = reviewTerm(t, group, 'total');
      const found = checkSum('t4-group-total', 'error', subject, parts, stated, readings);
      if ([...parts, stated].some((p) => p.unread)) open.push({ subject, relation: 'sum', left: parts, right: [stated] });
      return found;
    });
    if (open.length < 2 || out.some((f) => f.detail.kind === 'every-reading' || f.detail.kind === 'range')) return out;
    const v = proveJointlyViolated(open, readings);
    if (!v) return out;
    const cells = open.flatMap((c) => [...c.right, ...c.left].map((t) => t.path));
    const joint: Finding = {
      rule: 't4-group-total',
      severity: 'error',
      code: v.kind,
      cells,
      // a group's right side is its 总计 alone
      stated: open.flatMap((c) => c.right.map((t) => t.path)),
      expected: null,
      actual: null,
      detail: { ...v, subject: { zh: '表四', en: 'Table 4' } },
    };
    return [...out, joint];
  },
};
