import { REQUEST_COLUMNS, outcomeRows } from '../model/keys';
import { checkSum } from './helpers/arithmetic';
import { readingIndex } from './helpers/reading-index';
import { NO_MESSAGES, type Rule } from './rule';
import { columnName, requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't3-outcome-total': true;
  }
}

/**
 * T3-C: （七）总计 = the sum of all outcome rows (21 in the 2021 format, 19 in 2019), per column.
 * "区分处理的，只计这一情形" makes every application count in exactly one outcome.
 */
export const t3OutcomeTotal: Rule = {
  id: 't3-outcome-total',
  severity: 'error',
  rank: 120,
  clause: 'T3-C',
  clauseText: {
    section: '§4.2 T3-C',
    text: 'For each column: (七)总计 = (一) + (二) + Σ(三)1–8 + Σ(四)1–3 + Σ(五)1–5 + Σ(六)1–3 (21 addends). "(区分处理的，只计这一情形，不计其他情形)" makes each application count in exactly one outcome.',
  },
  summary: { zh: '表三每一列：（七）总计 = （一）至（六）各项办理结果之和。', en: 'Table 3, every column: total processed = sum of all outcome rows.' },
  messages: NO_MESSAGES,
  check({ ex }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const rows = outcomeRows(ex.format, ex.tables.requests);
    return REQUEST_COLUMNS.flatMap((col) => {
      const name = columnName(col);
      const terms = rows.map((row) => requestTerm(t, row, col));
      return checkSum(
        't3-outcome-total',
        'error',
        { zh: `表三（七）总计·${name.zh}`, en: `Table 3 total processed, ${name.en}` },
        terms,
        requestTerm(t, 'totalProcessed', col),
        readingIndex(ex),
      );
    });
  },
};
