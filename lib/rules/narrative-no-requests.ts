import type { Rule, RuleMessages } from './rule';
import { sayer } from './note';
import { findSentence } from './helpers/sentences';
import { requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-no-requests': true;
  }
}

const MESSAGES: RuleMessages<{ received: { total: number } }> = {
  zh: { received: ({ total }) => `正文称未收到申请，而表三“一、本年新收”·总计为 ${total}` },
  en: { received: ({ total }) => `The narrative says no application was received; table 3 new total is ${total}` },
};
const say = sayer('narrative-no-requests', MESSAGES);

/** N-5: "未收到政府信息公开申请" ⇒ 表三 一、本年新收 总计 = 0. */
export const narrativeNoRequests: Rule = {
  id: 'narrative-no-requests',
  severity: 'warning',
  rank: 340,
  clause: 'N-5',
  clauseText: { section: '§4.3 N-5', text: '"未收到政府信息公开申请" ⇒ 一 总计 = 0 (and normally 二 = 0).' },
  summary: { zh: '正文称未收到申请时，表三“一、本年新收”总计应为0。', en: 'If the narrative says no applications were received, table 3 new total is 0.' },
  messages: MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    const hit = findSentence(text, /(未收到|没有收到|未受理|无)[^。；，,\d]{0,12}(依申请|公开申请|政府信息公开申请)/);
    if (!t || !hit) return [];
    const fresh = requestTerm(t, 'newReceived', 'total');
    if (fresh.value === null || fresh.value === 0) return [];
    return [say('received', 'warning', { total: fresh.value }, { cells: [fresh.path], quote: hit.quote, expected: 0, actual: fresh.value })];
  },
};
