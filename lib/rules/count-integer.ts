import type { Finding } from '../report/finding';
import { eachCell, placeText } from './each-cell';
import type { Rule } from './rule';

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
  clause: 'V-1',
  summary: { zh: '表二（金额除外）、表三、表四的件数均为非负整数。', en: 'Every count cell is a non-negative integer.' },
  check({ ex }) {
    const findings: Finding[] = [];
    for (const p of eachCell(ex.tables)) {
      const { value, note, raw } = p.cell;
      const where = placeText(p);
      if (note === 'unreadable') {
        findings.push(countFinding(p.path, { zh: `${where.zh}：“${raw.trim()}”不是数字`, en: `${where.en}: "${raw.trim()}" is not a number` }));
      } else if (value !== null && isCount(p.table, p.col) && (value < 0 || !Number.isInteger(value))) {
        findings.push({
          ...countFinding(p.path, {
            zh: `${where.zh}：件数应为非负整数，报告为 ${raw.trim()}`,
            en: `${where.en}: a count must be a non-negative integer, reported ${raw.trim()}`,
          }),
          actual: value,
        });
      }
    }
    return findings;
  },
};

function countFinding(path: string, text: { zh: string; en: string }): Finding {
  return { rule: 'count-integer', severity: 'error', cells: [path], stated: [path], expected: null, actual: null, detail: { kind: 'note', text } };
}
