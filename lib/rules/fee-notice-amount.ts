import type { Rule } from './rule';
import { note } from './note';
import { readFeeFacts } from './fee-facts';

/** F-2: no fee notice sent ⇒ no amount billed. */
export const feeNoticeAmount: Rule = {
  id: 'fee-notice-amount',
  severity: 'error',
  clause: 'F-2',
  summary: { zh: '发出收费通知0件时，收费总金额应为0。', en: 'No fee notice sent means nothing billed.' },
  check({ text }) {
    const f = readFeeFacts(text);
    if (f?.notices !== 0 || f.billed === null || f.billed === 0) return [];
    return [
      note('fee-notice-amount', 'error', `发出收费通知 0 件，而总金额为 ${f.billed} 元`, `No fee notice sent, yet ${f.billed} yuan billed`, {
        quote: f.quote,
        expected: 0,
        actual: f.billed,
      }),
    ];
  },
};
