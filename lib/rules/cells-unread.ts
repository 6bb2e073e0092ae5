import { problemText } from './helpers/problem-text';
import { cellLabel, rowLabel } from '../model/cell-label';
import { plural } from '../text/plural';
import { eachCell } from './helpers/each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';
import { problem, type Problem, TABLE_EN, TABLE_ZH } from './helpers/problem-note';

declare module '../model/rule-ids' {
  interface RuleIds {
    'cells-unread': true;
  }
}

/** A figure printed too long to hold exactly, as the note names it: its cell and the first 40 characters printed. */
type LongFigure = { path: string; raw: string };

/**
 * Figures printed but not read for sure (several splits fit, or none): their cells stay empty, no rule
 * runs on them, and the badge shows "?" instead of ✓. Not a fault of the report: an info that names the rows.
 */
const MESSAGES: RuleMessages<{ unread: Problem; 'too-long': { figures: LongFigure[] } }> = {
  zh: {
    unread: (p) => `${TABLE_ZH[p.table]}${p.row ? `“${rowLabel(p.table, p.row)}”` : ''}未能确定读取，未作核对：${problemText(p.table, p.detail)}`,
    'too-long': ({ figures }) =>
      `${figures.map((c) => `${cellLabel(c.path)}印为“${c.raw.slice(0, 40)}${c.raw.length > 40 ? '…' : ''}”`).join('；')}：数字超过 15 位有效数字，无法按所印精确读取，未作核对`,
  },
  en: {
    unread: (p) => `${TABLE_EN[p.table]}${p.row ? ` row "${rowLabel(p.table, p.row, 'en')}"` : ''}: figures not read for sure, not checked`,
    'too-long': ({ figures }) => `${plural(figures.length, 'figure')} with more than 15 significant digits cannot be held exactly: not read, not checked`,
  },
};
const sayCellsUnread = sayer('cells-unread', MESSAGES);
export const cellsUnread: Rule = {
  id: 'cells-unread',
  severity: 'info',
  rank: 240,
  clause: '§3 (abstain)',
  clauseText: { section: '§4', text: 'A rule with a missing operand (blank, /, unparsable) is not assessable — never coerce blanks to 0 for a PASS.' },
  summary: {
    zh: '表格数字已印出但无法确定各单元格的值（如数字连写有多种拆法）：不读取、不核对。',
    en: 'Figures are printed but cannot be assigned to cells for sure: not read, not checked.',
  },
  messages: MESSAGES,
  check({ ex }) {
    const problems = ex.problems.filter((p) => p.kind === 'cells-unread');
    const out = problems.map((p) => sayCellsUnread('unread', 'info', problem(p), { cells: p.cells ?? [] }));
    // a figure a double cannot hold exactly (over 15 significant digits): printed, but not read as another number
    const listed = new Set(problems.flatMap((p) => p.cells ?? []));
    const long = eachCell(ex.tables).filter((c) => c.cell.note === 'unread' && !listed.has(c.path));
    if (long.length > 0)
      out.push(
        sayCellsUnread('too-long', 'info', { figures: long.map((c) => ({ path: c.path, raw: c.cell.raw.trim() })) }, { cells: long.map((c) => c.path) }),
      );
    return out;
  },
};
