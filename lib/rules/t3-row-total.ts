import { afterTable } from '../model/cell-label';
import { REQUEST_PARTS, requestRows } from '../model/keys';
import { checkSum } from './helpers/arithmetic';
import { readingIndex } from './helpers/reading-index';
import { rowAndColumns } from './helpers/row-and-columns';
import { NO_MESSAGES, type Rule } from './rule';
import { requestColumnTerm, rowName } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't3-row-total': true;
  }
}

/**
 * T3-B: in each of the 25 rows of table 三, 总计 = the six applicant columns. A row not read for sure is
 * also tried with its columns (row-and-columns.ts): no split satisfying its 总计 and its columns together
 * is an error on the row.
 */
export const t3RowTotal: Rule = {
  id: 't3-row-total',
  severity: 'error',
  rank: 110,
  clause: 'T3-B',
  clauseText: { section: '§4.2 T3-B', text: 'For each of the 25 rows: c7 总计 = c1+c2+c3+c4+c5+c6. (总计 column of a cross-tab.)' },
  summary: { zh: '表三每一行：总计 = 自然人 + 五类法人或其他组织。', en: 'Table 3, every row: total = the six applicant columns.' },
  messages: NO_MESSAGES,
  check({ ex }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const readings = readingIndex(ex);
    // a missing row needs no guard: its terms are absent, not unread, so checkSum and the test below return []
    return requestRows(ex.format, ex.tables.requests).flatMap((row) => {
      const name = rowName(row);
      const parts = REQUEST_PARTS.map((c) => requestColumnTerm(t, row, c));
      const stated = requestColumnTerm(t, row, 'total');
      const found = checkSum('t3-row-total', 'error', { zh: `表三${afterTable(name.zh)}·总计`, en: `Table 3, ${name.en}, total` }, parts, stated, readings);
      if (found.length > 0 || !stated.unread) return found;
      // a row not read for sure whose splits each break either its 总计 or a column it stands in
      const joint = rowAndColumns(ex, row, readings);
      return joint ? [joint] : [];
    });
  },
};
