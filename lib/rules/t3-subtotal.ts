import { cellPath } from '../model/cell-ref';
import { REQUEST_COLUMNS, outcomeRows } from '../model/keys';
import { REQUEST_CATEGORY_LABELS } from '../model/labels-en';
import { rowLabel, afterTable } from '../model/cell-label';
import { checkSum } from './helpers/arithmetic';
import { readingIndex } from './helpers/reading-index';
import { NO_MESSAGES, type Rule } from './rule';
import { columnName, requestColumnTerm, requestTerm } from './helpers/terms';

declare module '../model/rule-ids' {
  interface RuleIds {
    't3-subtotal': true;
  }
}

/**
 * T3-D, for non-standard variants only: a category subtotal row (29-row tables) equals its items, and
 * an 8th 小计 column equals the five 法人或其他组织 columns.
 */
export const t3Subtotal: Rule = {
  id: 't3-subtotal',
  severity: 'error',
  rank: 130,
  clause: 'T3-D',
  clauseText: { section: '§4.2 T3-D', text: 'If a subtotal row/column exists (29-row or 小计 variants): subtotal = Σ its items.' },
  summary: { zh: '非标准表的小计行、小计列 = 其所含各项之和。', en: 'Subtotal rows/columns of non-standard tables equal their items.' },
  messages: NO_MESSAGES,
  check({ ex }) {
    const t = ex.tables.requests;
    if (!t) return [];
    const subs = ex.requestSubtotals;
    const byRow = Object.keys(subs).flatMap((category) =>
      REQUEST_COLUMNS.flatMap((col) => {
        const items = outcomeRows(ex.format, ex.tables.requests).filter((r) => r.startsWith(`${category}.`));
        const name = columnName(col);
        const stated = {
          path: cellPath('requestSubtotals', category, col),
          value: subs[category]?.[col]?.value ?? null,
          label: { zh: '小计', en: 'subtotal' },
        };
        return checkSum(
          't3-subtotal',
          'error',
          {
            zh: `表三${REQUEST_CATEGORY_LABELS[category]?.zh ?? category}小计·${name.zh}`,
            en: `Table 3 ${REQUEST_CATEGORY_LABELS[category]?.en ?? category} subtotal, ${name.en}`,
          },
          items.map((r) => requestTerm(t, r, col)),
          stated,
          readingIndex(ex),
        );
      }),
    );
    const byColumn = Object.keys(t).flatMap((row) => {
      if (!t[row]?.legalSubtotal) return [];
      const parts = (['commercial', 'research', 'publicInterest', 'legal', 'other'] as const).map((c) => requestColumnTerm(t, row, c));
      return checkSum(
        't3-subtotal',
        'error',
        { zh: `表三${afterTable(rowLabel('requests', row))}·法人或其他组织小计`, en: `Table 3 ${rowLabel('requests', row, 'en')}, legal-person subtotal` },
        parts,
        requestColumnTerm(t, row, 'legalSubtotal'),
        readingIndex(ex),
      );
    });
    return [...byRow, ...byColumn];
  },
};
