import { problemText } from './helpers/problem-text';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'table-candidates': true;
  }
}

/** Two complete tables 三 (or 四) with different figures on one page: which is the report's cannot be told. */
const MESSAGES: RuleMessages<{ candidates: Problem }> = {
  zh: { candidates: (p) => `${TABLE_ZH[p.table]}：${problemText(p.table, p.detail)}` },
  en: { candidates: (p) => `${TABLE_EN[p.table]}: the page holds two complete copies with different figures; the fuller (first) one was checked` },
};
const sayTableCandidates = sayer('table-candidates', MESSAGES);
export const tableCandidates: Rule = {
  id: 'table-candidates',
  severity: 'info',
  rank: 250,
  clause: '§3 (which table)',
  clauseText: { section: '§7.4', text: 'Tables as images / not text ⇒ report "tables not machine-readable", do not guess.' },
  summary: {
    zh: '页面上有两份完整而数字不同的同一标准表格时，说明按哪一份核对，不默默选择。',
    en: 'Two complete copies of one standard table with different figures: says which one was checked.',
  },
  messages: MESSAGES,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'table-candidates').map((p) => sayTableCandidates('candidates', 'info', problem(p)));
  },
};
