import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../lib/pipeline';
import { seedText } from '../../../helpers/seeds';
import { SEED } from '../seed-table';

/**
 * A problem the extractor recorded, as a note's data (problem-note's `problem`): its table, and its row and
 * detail only where it has them, with no undefined key (the data crosses contexts and is saved as JSON). On
 * seed 004 (real, its tables read in full) with its 表四 section cut out, and with one figure of 2.重复申请 dropped.
 */
const lines = seedText(SEED).split('\n');
const noteData = (text: string, rule: string) =>
  checkText(text, `https://www.bjtzh.gov.cn/${SEED}.html`)
    .report.findings.filter((f) => f.rule === rule)
    .map((f) => (f.detail.kind === 'note' ? f.detail.data : f.detail.kind));

describe('a problem as a note’s data', () => {
  it('should give a table missing as its table only, no row or detail key', () => {
    const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const to = lines.findIndex((l) => l.startsWith('五、'));
    const data = noteData([...lines.slice(0, from), ...lines.slice(to)].join('\n'), 'table-missing');
    expect(data).toStrictEqual([{ table: 'review' }]);
    expect(Object.keys(data[0] as object)).toEqual(['table']);
  });

  it('should give a row read short with its table, row and detail', () => {
    const at = lines.findIndex((l) => l.trim() === '2.重复申请');
    const data = noteData([...lines.slice(0, at + 1), ...lines.slice(at + 2)].join('\n'), 'row-incomplete');
    expect(data).toStrictEqual([
      {
        table: 'requests',
        row: 'notProcessed.duplicate',
        detail: { code: 'too-few-cells', read: 6, expected: 7, printed: ['', '', '2.重复申请', '0', '0', '0', '0', '0', '0'] },
      },
    ]);
  });
});
