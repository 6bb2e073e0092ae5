import type { RuleId, Severity, Text } from '../report/finding';

/**
 * A check that runs across the reports of a batch or of the history, not on one report: what the
 * interface says of it (summary, clause). Its findings are made by lib/benchmark/roll-up.ts and
 * lib/history/publication-integrity.ts.
 */
export interface AcrossReportsRule {
  id: RuleId;
  severity: Severity;
  clause: string;
  summary: Text;
}

/** The checks across reports, in the order their findings are listed. */
export const ACROSS_REPORTS_RULES: readonly AcrossReportsRule[] = [
  {
    id: 'roll-up-sum',
    severity: 'warning',
    clause: 'X-4',
    summary: {
      zh: '县级以上人民政府的汇总报告：表三、表四每个单元格与本批次同地区同年度各机关报告之和相符（成员不全时为提示）。',
      en: "A government's roll-up report: each cell of tables 3 and 4 equals the sum of its area's reports in the batch (info while members are missing).",
    },
  },
  {
    id: 'roll-up-members',
    severity: 'info',
    clause: 'X-4',
    summary: {
      zh: '汇总核对所用的成员报告，以及本批次缺少的成员机关。',
      en: 'The member reports a roll-up was compared with, and the members the batch lacks.',
    },
  },
  {
    id: 'publication-changed',
    severity: 'info',
    clause: '§6 发布后有变动',
    summary: {
      zh: '同一网址再次核查时内容已变（与上次核查比较的表格数字与正文变化）。',
      en: 'The same address checked again holds changed content (what changed in the tables and narrative since the last check).',
    },
  },
  {
    id: 'publication-conflict',
    severity: 'warning',
    clause: '§6 多平台发布',
    summary: {
      zh: '同一机关同一年度的报告在两个网址上数字不同。',
      en: 'The same agency and year under two addresses with different figures.',
    },
  },
];
