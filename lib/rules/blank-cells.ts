import type { Finding } from '../report/finding';
import { eachCell } from './each-cell';
import type { Rule } from './rule';

/**
 * D-5: blank or "/" cells in 表三/表四 are counted (info): each such cell makes some rule not
 * assessable. A 总计 column of 表三 left blank in most rows (Shanghai 2019) is a warning.
 */
export const blankCells: Rule = {
  id: 'blank-cells',
  severity: 'warning',
  clause: 'D-5',
  summary: {
    zh: '表三、表四的空白或“/”单元格计数；表三总计列大多空白时提示。',
    en: 'Counts blank or "/" cells in tables 3 and 4; warns when most of the total column is blank.',
  },
  check({ ex }) {
    const out: Finding[] = [];
    for (const table of ['requests', 'review'] as const) {
      const blanks = eachCell(ex.tables).filter((p) => p.table === table && p.cell.value === null && p.cell.note !== 'unreadable' && p.cell.note !== 'unread');
      if (blanks.length === 0) continue;
      const name = table === 'requests' ? '表三' : '表四';
      const marks = [...new Set(blanks.map((b) => (b.cell.raw.trim() === '' ? '空白' : `“${b.cell.raw.trim()}”`)))].join('、');
      out.push({
        rule: 'blank-cells',
        severity: 'info',
        cells: blanks.map((b) => b.path),
        stated: [],
        expected: null,
        actual: blanks.length,
        detail: {
          kind: 'note',
          text: {
            zh: `${name}有 ${blanks.length} 个单元格未填数字（${marks}），相关核对无法进行，未按 0 处理`,
            en: `${name === '表三' ? 'Table 3' : 'Table 4'} has ${blanks.length} cells without a number; related checks are not assessable (not read as 0)`,
          },
        },
      });
    }
    const rows = Object.values(ex.tables.requests ?? {});
    const blankTotals = rows.filter((r) => r.total && r.total.value === null && r.total.note !== 'unread').length;
    if (rows.length > 0 && blankTotals * 2 > rows.length)
      out.push({
        rule: 'blank-cells',
        severity: 'warning',
        cells: Object.keys(ex.tables.requests ?? {}).map((row) => `requests.${row}.total`),
        stated: [],
        expected: null,
        actual: blankTotals,
        detail: {
          kind: 'note',
          text: { zh: `表三总计列 ${rows.length} 行中有 ${blankTotals} 行空白`, en: `Table 3 total column is blank in ${blankTotals} of ${rows.length} rows` },
        },
      });
    return out;
  },
};
