import { REQUEST_COLUMNS } from '../model/keys';
import { checkBalance } from './helpers/arithmetic';
import { readingIndex } from './helpers/reading-index';
import { NO_MESSAGES, type Rule } from './rule';
import { columnName, requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't3-balance': true;
  }
}

/**
 * T3-A, the only arithmetic the template prints (header of table 三: 本列数据的勾稽关系为：第一项加第二项
 * 之和，等于第三项加第四项之和), checked for each of the 7 columns. Seed 002 fails it in 3 columns.
 */
export const t3Balance: Rule = {
  id: 't3-balance',
  severity: 'error',
  rank: 100,
  clause: 'T3-A',
  clauseText: {
    section: '§4.1 T3-A',
    text: 'For each of the 7 columns: 一 + 二 = 三(七)总计 + 四 (本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度继续办理). The header cell says "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"; "本列" = each applicant column, so check all 7, not only 总计.',
  },
  summary: {
    zh: '表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理。',
    en: 'Table 3, every column: new + carried over = total processed + carried forward.',
  },
  messages: NO_MESSAGES,
  check({ ex }) {
    const t = ex.tables.requests;
    if (!t) return [];
    return REQUEST_COLUMNS.flatMap((col) => {
      const name = columnName(col);
      return checkBalance(
        't3-balance',
        'error',
        { zh: `表三·${name.zh}列`, en: `Table 3, ${name.en} column` },
        [requestTerm(t, 'newReceived', col), requestTerm(t, 'carriedOver', col)],
        [requestTerm(t, 'totalProcessed', col), requestTerm(t, 'carriedForward', col)],
        readingIndex(ex),
      );
    });
  },
};
