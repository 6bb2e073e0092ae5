import { cellList } from '../../model/cell-label';
import type { Finding } from '../../model/finding';
import { untrustedCells } from '../../model/read-state';
import { plural } from '../../text/plural';
import { sayer } from '../note';
import type { RuleMessages } from '../rule';
import { previousOf, type CrossYearRule } from './cross-year-rule';
import { figureCells } from './figure-cells';

declare module '../../model/rule-ids' {
  interface RuleIds {
    'cross-year-appeared': true;
  }
}

const TABLE = {
  active: { zh: '表二', en: 'Table 2' },
  requests: { zh: '表三', en: 'Table 3' },
  review: { zh: '表四', en: 'Table 4' },
} as const;

type Table = keyof typeof TABLE;
/**
 * `appeared`: the cells of `table` blank or "/" in last year's report (`name`: its title or address) that
 * hold figures now; `vanished`: the other way round.
 */
const MESSAGES: RuleMessages<{ appeared: { table: Table; name: string; cells: string[] }; vanished: { table: Table; name: string; cells: string[] } }> = {
  zh: {
    appeared: ({ table, name, cells }) => `${TABLE[table].zh}有 ${cells.length} 个单元格上年报告（${name}）为空白或“/”、本年填有数字：${cellList(cells, 'zh')}`,
    vanished: ({ table, name, cells }) => `${TABLE[table].zh}有 ${cells.length} 个单元格上年报告（${name}）填有数字、本年为空白或“/”：${cellList(cells, 'zh')}`,
  },
  en: {
    appeared: ({ table, name, cells }) =>
      `${TABLE[table].en}: ${plural(cells.length, 'cell')} blank or "/" in last year's report (${name}) now hold figures: ${cellList(cells, 'en')}`,
    vanished: ({ table, name, cells }) =>
      `${TABLE[table].en}: ${plural(cells.length, 'cell')} with figures in last year's report (${name}) are blank or "/" this year: ${cellList(cells, 'en')}`,
  },
};
const say = sayer('cross-year-appeared', MESSAGES);

/**
 * Figures that appear where last year's report had none (blank or "/"), and blanks or "/" where last
 * year's had figures, table by table: a form filled differently from one year to the next (a unit that
 * began to fill 表四, or stopped filling its 法人 columns). Only cells both reports print and read for
 * sure, both reports of the same template and read in full; an observation (info) naming the cells and both years' marks.
 */
export const crossYearAppeared: CrossYearRule = {
  id: 'cross-year-appeared',
  severity: 'info',
  rank: 150,
  clause: '同比 (blank ↔ figure)',
  clauseText: { section: '§4.6 D-5 / §4.5 X-3', text: 'Blank or `/` cells in 表三/表四 ⇒ INFO (count them). Same unit, two years: compare the numbers.' },
  summary: {
    zh: '上年空白或“/”而本年有数字，或上年有数字而本年空白或“/”的单元格（逐表列出）。',
    en: 'Cells blank or "/" last year that now hold figures, or the other way round (listed per table).',
  },
  messages: MESSAGES,
  check({ current, previous }) {
    if (current.report.format !== previous.report.format) return [];
    const unread = new Set([...untrustedCells(current.report), ...untrustedCells(previous.report)]);
    const last = new Map(figureCells(previous.report, true).map((c) => [c.path, c]));
    const now = figureCells(current.report, true);
    const prev = previousOf(previous);
    const name = prev.title ?? prev.url;
    const out: Finding[] = [];
    for (const table of ['active', 'requests', 'review'] as const) {
      // no guard for a table either report lacks: figureCells lists none of its cells, so this year has nothing to
      // list or last year nothing to compare with (`before` is undefined)
      const appeared: string[] = [];
      const vanished: string[] = [];
      for (const cell of now.filter((c) => c.path.startsWith(`${table}.`))) {
        const before = last.get(cell.path);
        if (!before || unread.has(cell.path)) continue;
        if (before.value === null && cell.value !== null) appeared.push(cell.path);
        if (before.value !== null && cell.value === null) vanished.push(cell.path);
      }
      if (appeared.length > 0) out.push(say('appeared', 'info', { table, name, cells: appeared }, { cells: appeared, actual: appeared.length }));
      if (vanished.length > 0) out.push(say('vanished', 'info', { table, name, cells: vanished }, { cells: vanished, actual: vanished.length }));
    }
    return out;
  },
};
