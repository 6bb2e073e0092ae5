import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';
import { requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-overdue-row': true;
  }
}

const MESSAGES: RuleMessages<{ 'overdue-without-notice': { overdue: number } }> = {
  zh: { 'overdue-without-notice': ({ overdue }) => `表三（六）2 逾期未缴费为 ${overdue} 件，而正文称发出收费通知 0 件（除非为上年发出的通知）` },
  en: { 'overdue-without-notice': ({ overdue }) => `Table 3 (6)2 has ${overdue} dropped for unpaid fees, but no fee notice was sent` },
};
const say = sayer('fee-overdue-row', MESSAGES);

/** F-4: applications dropped for unpaid fees (表三（六）2) need fee notices (this year or last). */
export const feeOverdueRow: Rule = {
  id: 'fee-overdue-row',
  severity: 'warning',
  rank: 430,
  clause: 'F-4',
  clauseText: { section: '§4.4 F-4', text: '表三 (六)2 逾期未按收费通知要求缴纳费用 > 0 ⇒ N > 0 (this year or last).' },
  summary: { zh: '表三“逾期未按收费通知要求缴纳费用”大于0时，应有发出收费通知。', en: 'Applications dropped for unpaid fees need fee notices.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    const f = readFeeFacts(text);
    if (!t || !f || f.notices !== 0) return [];
    const overdue = requestTerm(t, 'other.overdueFee', 'total');
    if (overdue.value === null || overdue.value === 0) return [];
    return [say('overdue-without-notice', 'warning', { overdue: overdue.value }, { cells: [overdue.path], quote: f.quote, actual: overdue.value })];
  },
};
