import type { Finding } from '../model/finding';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'fee-amount': true;
  }
}

/** The fee cell as printed (`raw`), and the unit typed into it. */
const MESSAGES: RuleMessages<{ negative: { raw: string }; unit: { unit: string; raw: string } }> = {
  zh: {
    negative: ({ raw }) => `表二行政事业性收费金额为负数：${raw}`,
    unit: ({ unit, raw }) => `表二收费金额单元格写有单位“${unit}”，而表头单位为万元：${raw}`,
  },
  en: {
    negative: ({ raw }) => `Table 2 fee amount is negative: ${raw}`,
    unit: ({ unit, raw }) => `Table 2 fee cell carries the unit "${unit}" while the header says 10k yuan: ${raw}`,
  },
};
const say = sayer('fee-amount', MESSAGES);

/**
 * V-2: 表二 本年收费金额 is printed in 万元 (a decimal is fine, e.g. 28983.0794 in seed 003). A negative
 * amount is an error; a unit other than 万元 typed in the cell (元 usually means the figure is in yuan) is
 * a warning.
 */
export const feeAmount: Rule = {
  id: 'fee-amount',
  severity: 'error',
  rank: 180,
  clause: 'V-2',
  clauseText: { section: '§4.2 V-2', text: '表二 fee cell (万元) is a non-negative decimal; flag unit text other than 万元 or 元 typed in the cell.' },
  summary: { zh: '表二行政事业性收费金额为非负数，单位为万元。', en: 'Table 2 fee amount is non-negative and in 10k yuan.' },
  messages: MESSAGES,
  check({ ex }) {
    const cell = ex.tables.active?.fees?.amount;
    if (!cell || ex.format === '2019') return [];
    const path = 'active.fees.amount';
    const out: Finding[] = [];
    if (cell.value !== null && cell.value < 0) out.push(say('negative', 'error', { raw: cell.raw.trim() }, { cells: [path], actual: cell.value }));
    if (cell.unit && cell.unit !== '万元') out.push(say('unit', 'warning', { unit: cell.unit, raw: cell.raw.trim() }, { cells: [path], actual: cell.value }));
    return out;
  },
};
