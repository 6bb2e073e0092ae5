import type { Finding } from '../model/finding';
import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-collected': true;
  }
}

const MESSAGES: RuleMessages<{ 'more-than-billed': { collected: number; billed: number }; 'without-notice': { collected: number } }> = {
  zh: {
    'more-than-billed': ({ collected, billed }) => `实际收取 ${collected} 元，多于收费通知总金额 ${billed} 元（除非含上年通知本年缴费）`,
    'without-notice': ({ collected }) => `未发出收费通知，却实际收取 ${collected} 元`,
  },
  en: {
    'more-than-billed': ({ collected, billed }) => `Collected ${collected} yuan, more than the ${billed} billed`,
    'without-notice': ({ collected }) => `No notice sent, yet ${collected} yuan collected`,
  },
};
const say = sayer('fee-collected', MESSAGES);

/** F-3: collected more than billed, or collected with no notice sent (legitimate only for late payments of last year's notices). */
export const feeCollected: Rule = {
  id: 'fee-collected',
  severity: 'warning',
  rank: 420,
  clause: 'F-3',
  clauseText: { section: '§4.4 F-3', text: 'Flag Y > X, or Y > 0 while N = 0. Exception: notices sent late in the previous year and paid this year.' },
  summary: {
    zh: '实际收取金额不超过收费总金额；未发收费通知却有收取时提示。',
    en: 'Collected is not more than billed; collection without notices is flagged.',
  },
  messages: MESSAGES,
  check({ text }) {
    const f = readFeeFacts(text);
    if (!f || f.collected === null) return [];
    const out: Finding[] = [];
    if (f.billed !== null && f.collected > f.billed)
      out.push(say('more-than-billed', 'warning', { collected: f.collected, billed: f.billed }, { quote: f.quote, expected: f.billed, actual: f.collected }));
    else if (f.notices === 0 && f.collected > 0)
      out.push(say('without-notice', 'warning', { collected: f.collected }, { quote: f.quote, expected: 0, actual: f.collected }));
    return out;
  },
};
