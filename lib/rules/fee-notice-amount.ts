import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-notice-amount': true;
  }
}

const MESSAGES: RuleMessages<{ 'billed-without-notice': { billed: number } }> = {
  zh: { 'billed-without-notice': ({ billed }) => `发出收费通知 0 件，而总金额为 ${billed} 元` },
  en: { 'billed-without-notice': ({ billed }) => `No fee notice sent, yet ${billed} yuan billed` },
};
const say = sayer('fee-notice-amount', MESSAGES);

/** F-2: no fee notice sent ⇒ no amount billed. */
export const feeNoticeAmount: Rule = {
  id: 'fee-notice-amount',
  severity: 'error',
  rank: 410,
  clause: 'F-2',
  clauseText: { section: '§4.4 F-2', text: 'N = 0 ⇒ X = 0.' },
  summary: { zh: '发出收费通知0件时，收费总金额应为0。', en: 'No fee notice sent means nothing billed.' },
  messages: MESSAGES,
  check({ text }) {
    const f = readFeeFacts(text);
    if (f?.notices !== 0 || f.billed === null || f.billed === 0) return [];
    return [say('billed-without-notice', 'error', { billed: f.billed }, { quote: f.quote, expected: 0, actual: f.billed })];
  },
};
