import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { readFeeFacts } from './helpers/fee-facts';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-active-table': true;
  }
}

const MESSAGES: RuleMessages<{ 'not-in-table': { collected: number } }> = {
  zh: { 'not-in-table': ({ collected }) => `实际收取信息处理费 ${collected} 元（${collected / 10000} 万元），而表二行政事业性收费本年收费金额为 0` },
  en: { 'not-in-table': ({ collected }) => `${collected} yuan of fees collected, but table 2 fee amount is 0` },
};
const say = sayer('fee-active-table', MESSAGES);

/**
 * F-6: 信息处理费 is a 行政事业性收费, so fees collected may be expected in 表二 (八) (mind 元 vs 万元). Whether
 * a publisher counts them there is a judgement (many list only the fees of their own 收费项目), so info.
 */
export const feeActiveTable: Rule = {
  id: 'fee-active-table',
  severity: 'info',
  rank: 450,
  clause: 'F-6',
  clauseText: { section: '§4.4 F-6', text: '信息处理费 is a 行政事业性收费: Y > 0 while 表二 (八) 本年收费金额 = 0 ⇒ flag (mind 元 vs 万元: Y/10000).' },
  summary: { zh: '实际收取信息处理费而表二行政事业性收费金额为0时提示。', en: 'Fees collected while table 2 fee amount is 0.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const f = readFeeFacts(text);
    const cell = ex.tables.active?.fees?.amount;
    if (!f?.collected || !cell || cell.value !== 0) return [];
    return [
      say('not-in-table', 'info', { collected: f.collected }, { cells: ['active.fees.amount'], quote: f.quote, expected: f.collected / 10000, actual: 0 }),
    ];
  },
};
