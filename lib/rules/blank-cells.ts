import { cellPath } from '../model/cell-ref';
import type { Finding } from '../model/finding';
import { eachCell } from './helpers/each-cell';
import { sayer } from './note';
import type { Rule, RuleMessages } from './rule';

declare module '../model/rule-ids' {
  interface RuleIds {
    'blank-cells': true;
  }
}

const TABLE_EN = { requests: 'Table 3', review: 'Table 4' } as const;

/** `blank`: the blank cells of one table and the marks they hold ('' for a blank, else the mark as printed). */
const MESSAGES: RuleMessages<{ blank: { table: 'requests' | 'review'; count: number; marks: string[] }; 'blank-totals': { rows: number; blank: number } }> = {
  zh: {
    blank: ({ table, count, marks }) =>
      `${table === 'requests' ? '表三' : '表四'}有 ${count} 个单元格未填数字（${marks.map((m) => (m === '' ? '空白' : `“${m}”`)).join('、')}），相关核对无法进行，未按 0 处理`,
    'blank-totals': ({ rows, blank }) => `表三总计列 ${rows} 行中有 ${blank} 行空白`,
  },
  en: {
    blank: ({ table, count }) => `${TABLE_EN[table]} has ${count} cells without a number; related checks are not assessable (not read as 0)`,
    'blank-totals': ({ rows, blank }) => `Table 3 total column is blank in ${blank} of ${rows} rows`,
  },
};
const say = sayer('blank-cells', MESSAGES);

/**
 * D-5: blank or "/" cells in 表三/表四 are counted (info): each such cell makes some rule not
 * assessable. A 总计 column of 表三 left blank in most rows (Shanghai 2019) is a warning.
 */
export const blankCells: Rule = {
  id: 'blank-cells',
  severity: 'warning',
  rank: 720,
  clause: 'D-5',
  clauseText: { section: '§4.6 D-5', text: 'Blank or / cells in 表三/表四 ⇒ INFO (count them); whole 总计 column blank ⇒ WARN.' },
  summary: {
    zh: '表三、表四的空白或“/”单元格计数；表三总计列大多空白时提示。',
    en: 'Counts blank or "/" cells in tables 3 and 4; warns when most of the total column is blank.',
  },
  messages: MESSAGES,
  check({ ex }) {
    const out: Finding[] = [];
    for (const table of ['requests', 'review'] as const) {
      const blanks = eachCell(ex.tables).filter((p) => p.table === table && p.cell.value === null && p.cell.note !== 'unreadable' && p.cell.note !== 'unread');
      if (blanks.length === 0) continue;
      const marks = [...new Set(blanks.map((b) => b.cell.raw.trim()))];
      out.push(say('blank', 'info', { table, count: blanks.length, marks }, { cells: blanks.map((b) => b.path), stated: [], actual: blanks.length }));
    }
    const rows = Object.values(ex.tables.requests ?? {});
    const blankTotals = rows.filter((r) => r.total && r.total.value === null && r.total.note !== 'unread').length;
    // no row (no table 三): 0 > 0, no warning
    if (blankTotals * 2 > rows.length)
      out.push(
        say(
          'blank-totals',
          'warning',
          { rows: rows.length, blank: blankTotals },
          { cells: Object.keys(ex.tables.requests ?? {}).map((row) => cellPath('requests', row, 'total')), stated: [], actual: blankTotals },
        ),
      );
    return out;
  },
};
