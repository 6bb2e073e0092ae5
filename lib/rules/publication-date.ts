import { type AgencyKind, agencyKind } from '../detect/agency-kind';
import type { Finding } from '../model/finding';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { trustedYear } from './helpers/trusted-year';

declare module '../model/rule-ids' {
  interface RuleIds {
    'publication-date': true;
  }
}

/** What the 条例 says of a 乡镇's deadline, or that the name does not tell a department from a government. */
const WHY_BETWEEN_ZH = (kind: AgencyKind): string =>
  kind === 'township' ? '条例未规定乡镇、街道报告的期限，地方通知多要求1月31日前' : '从机关名称无法判断是政府部门还是县级以上人民政府本级';

/** `late`: published after the deadline that applies to the publisher's `kind`; `between`: between the two deadlines, the kind not known. */
const MESSAGES: RuleMessages<{
  late: { published: string; deadline: string; kind: AgencyKind };
  between: { published: string; january: string; march: string; kind: AgencyKind };
  'not-next-year': { year: number; published: string };
}> = {
  zh: {
    late: ({ published, deadline, kind }) =>
      `发布日期 ${published} ${
        kind === 'government'
          ? `晚于县级以上人民政府本级报告的法定期限 ${deadline}`
          : kind === 'department'
            ? `晚于政府部门报告的法定期限 ${deadline}`
            : `晚于 ${deadline}（政府部门 1月31日、县级以上人民政府本级 3月31日 的期限均已过）`
      }（条例第四十九条）`,
    between: ({ published, january, march, kind }) =>
      `发布日期 ${published}：晚于政府部门报告的期限 ${january}，早于县级以上人民政府本级报告的期限 ${march}（${WHY_BETWEEN_ZH(kind)}），请按发布机关核实`,
    'not-next-year': ({ year, published }) => `${year} 年度报告发布于 ${published}，不在次年`,
  },
  en: {
    late: ({ published, deadline }) => `Published ${published}, after the legal deadline ${deadline}`,
    between: ({ published, january, march }) =>
      `Published ${published}: after the departments' deadline ${january}, before the governments' ${march}; check which applies`,
    'not-next-year': ({ year, published }) => `The ${year} report was published on ${published}, not in the following year`,
  },
};
const say = sayer('publication-date', MESSAGES);

/**
 * D-3: 条例第四十九条: a 县级以上人民政府部门 publishes by 1月31日 of the next year; a 县级以上人民政府's own
 * report (本级 or 汇总, including a 管委会 reporting as the government of its 新区/实验区) by 3月31日.
 * Only a date past the deadline that applies to the publisher is a warning: where the name does not tell
 * a department from a government (or the publisher is a 乡镇, for which the 条例 names no date), a date
 * between the two deadlines is an info naming both. A title year that is not the publication year − 1
 * is noted (a late or re-posted report). The year is the title's, or one two kinds of sentence of the
 * body state (trustedYear): a deadline is never computed from a guessed year.
 */
export const publicationDate: Rule = {
  id: 'publication-date',
  severity: 'warning',
  rank: 610,
  clause: 'D-3',
  clauseText: {
    section: '§4.6 D-3',
    text: 'Publication date ≤ 1月31日 of Y+1 for 部门 and 乡镇 reports; ≤ 3月31日 for a 县级以上人民政府’s own (本级/汇总) report. Local rules may be earlier.',
  },
  summary: {
    zh: '发布日期不晚于次年1月31日（县级以上人民政府本级报告为3月31日）。',
    en: 'Published by 31 January of the next year (31 March for a government’s own report).',
  },
  messages: MESSAGES,
  check({ ex }) {
    const year = trustedYear(ex);
    if (!ex.published || year === null) return [];
    const kind = agencyKind(ex.agency, ex.title);
    const january = `${year + 1}-01-31`;
    const march = `${year + 1}-03-31`;
    const out: Finding[] = [];
    const late = kind === 'department' && ex.published > january ? january : ex.published > march ? march : null;
    if (late) out.push(say('late', 'warning', { published: ex.published, deadline: late, kind }));
    else if (ex.published > january && kind !== 'government') out.push(say('between', 'info', { published: ex.published, january, march, kind }));
    if (ex.published.slice(0, 4) !== String(year + 1)) out.push(say('not-next-year', 'info', { year, published: ex.published }));
    return out;
  },
};
