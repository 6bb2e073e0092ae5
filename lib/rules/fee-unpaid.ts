import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';
import { requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-unpaid': true;
  }
}

/** `not-shown`: the notices, amounts billed and collected, and 四 总计 (null: blank). */
const MESSAGES: RuleMessages<{ 'not-shown': { notices: number; billed: number; collected: number; pending: number | null } }> = {
  zh: {
    'not-shown': (d) =>
      `发出收费通知 ${d.notices} 件、总金额 ${d.billed} 元，实际收取 ${d.collected} 元，而表三（六）2 逾期未缴费为 0：未缴费的申请未见体现（除非仍在“四、结转下年度继续办理”${d.pending ?? '—'} 件中）`,
  },
  en: {
    'not-shown': (d) =>
      `${d.notices} notices for ${d.billed} yuan, ${d.collected} collected, but table 3 (6)2 is 0: unpaid applications are not visible (unless pending in row 4: ${d.pending ?? '—'})`,
  },
};
const say = sayer('fee-unpaid', MESSAGES);

/**
 * F-5: some notices went unpaid (collected < billed), yet 表三（六）2 逾期未按收费通知要求缴纳费用 is 0:
 * the unpaid applications are not visible (unless still pending in 四). Seed 003: 4 notices, 50990 元
 * billed, 930 元 collected, (六)2 = 0 in every column.
 */
export const feeUnpaid: Rule = {
  id: 'fee-unpaid',
  severity: 'warning',
  rank: 440,
  clause: 'F-5',
  clauseText: {
    section: '§4.4 F-5',
    text: 'N > 0 and Y < X ⇒ some notices unpaid: they should show in (六)2 or still be pending in 四. If (六)2 = 0 and 四 = 0, flag.',
  },
  summary: { zh: '有未缴清的收费通知时，表三（六）2应有体现（或在结转下年度中）。', en: 'Unpaid fee notices should show in table 3 (6)2 or be pending.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    const f = readFeeFacts(text);
    if (!t || !f?.notices || f.billed === null || f.collected === null || f.collected >= f.billed) return [];
    const overdue = requestTerm(t, 'other.overdueFee', 'total');
    const pending = requestTerm(t, 'carriedForward', 'total');
    if (overdue.value !== 0) return [];
    return [
      say(
        'not-shown',
        'warning',
        { notices: f.notices, billed: f.billed, collected: f.collected, pending: pending.value },
        { cells: [overdue.path, pending.path], quote: f.quote, expected: null, actual: 0 },
      ),
    ];
  },
};
