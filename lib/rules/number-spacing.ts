import type { Finding } from '../report/finding';
import { eachCell, placeText } from './each-cell';
import type { Rule } from './rule';

/**
 * A space inside one cell's digits (`1 0` in seed 002's （七）总计·自然人) is read as one number, and
 * said so: the auditor should see that the figure was interpreted.
 */
export const numberSpacing: Rule = {
  id: 'number-spacing',
  severity: 'info',
  clause: '§3.4 numbers',
  summary: { zh: '单元格数字中间有空格（如“1 0”），按一个数读取并提示。', en: 'A space inside a number ("1 0") is read as one number and flagged.' },
  check({ ex }) {
    return eachCell(ex.tables)
      .filter((p) => p.cell.note === 'inner-space')
      .map((p): Finding => {
        const where = placeText(p);
        return {
          rule: 'number-spacing',
          severity: 'info',
          cells: [p.path],
          stated: [p.path],
          expected: null,
          actual: p.cell.value,
          detail: {
            kind: 'note',
            text: {
              zh: `${where.zh}印为“${p.cell.raw.trim()}”，按 ${p.cell.value} 读取`,
              en: `${where.en} is printed "${p.cell.raw.trim()}", read as ${p.cell.value}`,
            },
          },
        };
      });
  },
};
