import { problemText } from './helpers/problem-text';
import { rowLabel } from '../model/cell-label';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'row-incomplete': true;
  }
}

/** A row whose cells could not all be read (a half table): its values are not guessed. */
const MESSAGES: RuleMessages<{ incomplete: Problem }> = {
  zh: { incomplete: (p) => `${TABLE_ZH[p.table]}“${rowLabel(p.table, p.row ?? '')}”行不完整：${problemText(p.table, p.detail)}` },
  en: { incomplete: (p) => `${TABLE_EN[p.table]} row "${rowLabel(p.table, p.row ?? '', 'en')}" is incomplete` },
};
const sayRowIncomplete = sayer('row-incomplete', MESSAGES);
export const rowIncomplete: Rule = {
  id: 'row-incomplete',
  severity: 'warning',
  rank: 220,
  clause: '§3',
  clauseText: {
    section: '§3',
    text: 'All layouts below are identical in the five seeds and in the 2022–2023 reports. No row or column may be added or removed.',
  },
  summary: { zh: '表格行的单元格数不足，未猜测其数值。', en: 'A table row has too few cells; its values are not guessed.' },
  messages: MESSAGES,
  check({ ex }) {
    return ex.problems.filter((p) => p.kind === 'row-incomplete').map((p) => sayRowIncomplete('incomplete', 'warning', problem(p)));
  },
};
