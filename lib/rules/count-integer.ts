import { cellPlace } from '../model/cell-label';
import type { CellAt } from '../model/types';
import type { Finding } from '../model/finding';
import { eachCell } from './helpers/each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'count-integer': true;
  }
}

/** A cell as a note names it: its path, where it stands in the printed table (if known) and its text as printed. */
type Printed = { path: string; at: CellAt | null; raw: string };

const MESSAGES: RuleMessages<{ 'not-a-number': Printed; 'not-a-count': Printed }> = {
  zh: {
    'not-a-number': (c) => `${cellPlace(c.path, c.at, 'zh')}：“${c.raw}”不是数字`,
    'not-a-count': (c) => `${cellPlace(c.path, c.at, 'zh')}：件数应为非负整数，报告为 ${c.raw}`,
  },
  en: {
    'not-a-number': (c) => `${cellPlace(c.path, c.at, 'en')}: "${c.raw}" is not a number`,
    'not-a-count': (c) => `${cellPlace(c.path, c.at, 'en')}: a count must be a non-negative integer, reported ${c.raw}`,
  },
};
const say = sayer('count-integer', MESSAGES);

/** Cells that are amounts or signed changes, not counts (表二 fee in 万元, 2019 本年增/减 and 采购总金额). */
function isCount(table: string, col: string): boolean {
  if (table !== 'active') return true;
  return !(col === 'amount' || col === 'change');
}

/**
 * V-1: every count cell of 表二 (except amounts), 表三 and 表四 is a non-negative integer. Text that
 * cannot be read as a number at all (not a blank or a "/") is reported here too, with its raw text.
 */
export const countInteger: Rule = {
  id: 'count-integer',
  severity: 'error',
  rank: 170,
  clause: 'V-1',
  clauseText: { section: '§4.2 V-1', text: 'Every count cell in 表二 (except the fee), 表三, 表四 is a non-negative integer.' },
  summary: { zh: '表二（金额除外）、表三、表四的件数均为非负整数。', en: 'Every count cell is a non-negative integer.' },
  messages: MESSAGES,
  check({ ex }) {
    const findings: Finding[] = [];
    for (const p of eachCell(ex.tables)) {
      const { value, note, raw } = p.cell;
      const printed = { path: p.path, at: p.cell.at ?? null, raw: raw.trim() };
      if (note === 'unreadable') findings.push(say('not-a-number', 'error', printed, { cells: [p.path] }));
      else if (value !== null && isCount(p.table, p.col) && (value < 0 || !Number.isInteger(value)))
        findings.push(say('not-a-count', 'error', printed, { cells: [p.path], actual: value }));
    }
    return findings;
  },
};
