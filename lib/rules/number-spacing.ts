import { cellPlace } from '../model/cell-label';
import type { CellAt } from '../model/types';
import { eachCell } from './helpers/each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'number-spacing': true;
  }
}

/** `inner-space`: the cell, where it stands in the printed table, its text as printed and the number read. */
type Spaced = { path: string; at: CellAt | null; raw: string; value: number | null };
const MESSAGES: RuleMessages<{ 'inner-space': Spaced }> = {
  zh: { 'inner-space': (c) => `${cellPlace(c.path, c.at, 'zh')}印为“${c.raw}”，按 ${c.value} 读取` },
  en: { 'inner-space': (c) => `${cellPlace(c.path, c.at, 'en')} is printed "${c.raw}", read as ${c.value}` },
};
const say = sayer('number-spacing', MESSAGES);

/**
 * A space inside one cell's digits (`1 0` in seed 002's （七）总计·自然人) is read as one number, and
 * said so: the auditor should see that the figure was interpreted.
 */
export const numberSpacing: Rule = {
  id: 'number-spacing',
  severity: 'info',
  rank: 710,
  clause: '§3.4 numbers',
  clauseText: {
    section: '§3.4 numbers',
    text: 'A space inside a number (1 0 = 10, seed 002 (七)总计 自然人). Rule: strip whitespace inside a single cell’s digit string, but record an INFO flag; never merge across cells.',
  },
  summary: { zh: '单元格数字中间有空格（如“1 0”），按一个数读取并提示。', en: 'A space inside a number ("1 0") is read as one number and flagged.' },
  messages: MESSAGES,
  check({ ex }) {
    return eachCell(ex.tables)
      .filter((p) => p.cell.note === 'inner-space')
      .map((p) =>
        say(
          'inner-space',
          'info',
          { path: p.path, at: p.cell.at ?? null, raw: p.cell.raw.trim(), value: p.cell.value },
          { cells: [p.path], actual: p.cell.value },
        ),
      );
  },
};
