import type { Finding } from '../report/finding';
import type { Rule } from './rule';
import { note } from './note';
import { readFeeFacts } from './fee-facts';

/** F-3: collected more than billed, or collected with no notice sent (legitimate only for late payments of last year's notices). */
export const feeCollected: Rule = {
  id: 'fee-collected',
  severity: 'warning',
  clause: 'F-3',
  summary: {
    zh: '实际收取金额不超过收费总金额；未发收费通知却有收取时提示。',
    en: 'Collected is not more than billed; collection without notices is flagged.',
  },
  check({ text }) {
    const f = readFeeFacts(text);
    if (!f || f.collected === null) return [];
    const out: Finding[] = [];
    if (f.billed !== null && f.collected > f.billed)
      out.push(
        note(
          'fee-collected',
          'warning',
          `实际收取 ${f.collected} 元，多于收费通知总金额 ${f.billed} 元（除非含上年通知本年缴费）`,
          `Collected ${f.collected} yuan, more than the ${f.billed} billed`,
          { quote: f.quote, expected: f.billed, actual: f.collected },
        ),
      );
    else if (f.notices === 0 && f.collected > 0)
      out.push(
        note('fee-collected', 'warning', `未发出收费通知，却实际收取 ${f.collected} 元`, `No notice sent, yet ${f.collected} yuan collected`, {
          quote: f.quote,
          expected: 0,
          actual: f.collected,
        }),
      );
    return out;
  },
};
