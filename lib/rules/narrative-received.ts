import type { Rule } from './rule';
import { COMPARE_MESSAGES, compareFinding, requestTotal, sumOf } from './helpers/narrative-compare';
import { COUNT_WORD, countsApplications, findSentences, figure } from './helpers/sentences';

declare module '../model/rule-ids' {
  interface RuleIds {
    'narrative-received': true;
  }
}

/** "收到/受理/新收 … 申请 N 件" (seeds: 共收到政府信息公开依申请6件; 收到依申请公开总数为2333件; 共收到政府信息公开申请0条). */
const RECEIVED = new RegExp(`(?:收到|受理|新收)([^。；，,]{0,30}?)(?<![第\\d])(\\d[\\d,]*)\\s*(${COUNT_WORD})`);
const NOT_REQUESTS = /复议|诉讼|建议|提案|咨询|留言|来信|信访|举报/;

/**
 * N-1: the number of applications the narrative says were received equals 表三 一、本年新收 总计, or
 * 一 + 二 (wording is ambiguous in practice: some reports count the carried-over ones). Seed 002 says 1
 * against 8; seed 003 says 2333 against 2331.
 */
export const narrativeReceived: Rule = {
  id: 'narrative-received',
  severity: 'warning',
  rank: 300,
  clause: 'N-1',
  clauseText: { section: '§4.3 N-1', text: '"收到/受理/办理…申请 N 件" in 一、总体情况 must equal 表三 一 总计 or 一+二 总计.' },
  summary: {
    zh: '正文“收到申请N件”与表三“一、本年新收”总计（或一+二）一致。',
    en: 'Narrative "received N applications" equals table 3 new (or new + carried over).',
  },
  messages: COMPARE_MESSAGES,
  check({ ex, text }) {
    const t = ex.tables.requests;
    // the first count of applications: a count in 条 of something else (信息…条) is passed over
    const hit = findSentences(text, RECEIVED).find((h) => countsApplications(h.quote, h.match[3] ?? ''));
    if (!t || !hit || !/申请/.test(hit.quote) || NOT_REQUESTS.test(hit.match[1] ?? '')) return [];
    const fresh = requestTotal(t, 'newReceived');
    const both = sumOf([fresh, requestTotal(t, 'carriedOver')], { zh: '一+二·总计', en: 'new + carried over, total' });
    return compareFinding(
      'narrative-received',
      { zh: '正文所述收到申请件数', en: 'Applications received, as the narrative says' },
      hit.quote,
      figure(hit.match[2] ?? ''),
      [{ ...fresh, label: { zh: '表三“一、本年新收”·总计', en: 'table 3 new, total' } }, both],
      ex,
    );
  },
};
