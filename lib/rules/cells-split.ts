import { problemText } from './helpers/problem-text';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'cells-split': true;
  }
}

/**
 * Figures printed without separators (crawler text) that were cut into cells in the one way the digits
 * and the table's own arithmetic allow: said once per table, naming the rows that needed the arithmetic.
 */
const MESSAGES: RuleMessages<{ split: { tables: Problem[] } }> = {
  zh: {
    split: ({ tables }) =>
      `原文表格的单元格数字连写在一起，已拆分读取（请对照原文核实）：${tables.map((p) => `${TABLE_ZH[p.table]}${problemText(p.table, p.detail)}`).join('；')}`,
  },
  en: {
    split: ({ tables }) =>
      `Figures run together in the text were split into cells where only one split fits (${tables.map((p) => TABLE_EN[p.table]).join(', ')})`,
  },
};
const sayCellsSplit = sayer('cells-split', MESSAGES);
export const cellsSplit: Rule = {
  id: 'cells-split',
  severity: 'info',
  rank: 270,
  clause: '§3 (text forms)',
  clauseText: { section: '§3.4', text: 'Rule: strip whitespace inside a single cell’s digit string, but record an INFO flag; never merge across cells.' },
  summary: {
    zh: '原文单元格数字连写时，按位数及表内勾稽关系唯一拆分，并说明拆法。',
    en: 'Figures run together in the text are split in the only way the digits and the table arithmetic allow.',
  },
  messages: MESSAGES,
  check({ ex }) {
    const split = ex.problems.filter((p) => p.kind === 'cells-split');
    if (split.length === 0) return [];
    return [sayCellsSplit('split', 'info', { tables: split.map(problem) })];
  },
};
