import type { Finding } from '../report/finding';
import type { Rule } from './rule';

/**
 * V-2: 表二 本年收费金额 is printed in 万元 (a decimal is fine, e.g. 28983.0794 in seed 003). A negative
 * amount is an error; a unit other than 万元 typed in the cell (元 usually means the figure is in yuan) is
 * a warning.
 */
export const feeAmount: Rule = {
  id: 'fee-amount',
  severity: 'error',
  clause: 'V-2',
  summary: { zh: '表二行政事业性收费金额为非负数，单位为万元。', en: 'Table 2 fee amount is non-negative and in 10k yuan.' },
  check({ ex }) {
    const cell = ex.tables.active?.fees?.amount;
    if (!cell || ex.format === '2019') return [];
    const path = 'active.fees.amount';
    const out: Finding[] = [];
    if (cell.value !== null && cell.value < 0)
      out.push({
        rule: 'fee-amount',
        severity: 'error',
        cells: [path],
        stated: [path],
        expected: null,
        actual: cell.value,
        detail: { kind: 'note', text: { zh: `表二行政事业性收费金额为负数：${cell.raw.trim()}`, en: `Table 2 fee amount is negative: ${cell.raw.trim()}` } },
      });
    if (cell.unit && cell.unit !== '万元')
      out.push({
        rule: 'fee-amount',
        severity: 'warning',
        cells: [path],
        stated: [path],
        expected: null,
        actual: cell.value,
        detail: {
          kind: 'note',
          text: {
            zh: `表二收费金额单元格写有单位“${cell.unit}”，而表头单位为万元：${cell.raw.trim()}`,
            en: `Table 2 fee cell carries the unit "${cell.unit}" while the header says 10k yuan: ${cell.raw.trim()}`,
          },
        },
      });
    return out;
  },
};
