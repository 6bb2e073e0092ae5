import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { editActive, editFigures, findingsOf, SEED } from './seed-table';

/**
 * count-integer on seed 004 (real): 表二 行政处罚 reads 1130 and 表三 一、本年新收·自然人 33. A count must be a
 * whole number of 0 or more; a cell that is not a number at all is named too.
 */
const counts = (text: string) => findingsOf('count-integer', text);

describe('count-integer on a real report', () => {
  it('should find nothing in the report as printed, nor in a count of 0', () => {
    expect(counts(seedText(SEED))).toEqual([]);
    expect(counts(editActive('行政处罚', '0'))).toEqual([]);
  });

  it('should flag a count below 0 (−1) in 表二', () => {
    expect(counts(editActive('行政处罚', '-1'))).toEqual([['not-a-count', 'error', 'active.punishment.count', null, -1]]);
  });

  it('should flag a fractional count in 表二 and in 表三', () => {
    expect(counts(editActive('行政处罚', '2.5'))).toEqual([['not-a-count', 'error', 'active.punishment.count', null, 2.5]]);
    expect(counts(editFigures('一、本年新收', ['33.5']))).toEqual([['not-a-count', 'error', 'requests.newReceived.natural', null, 33.5]]);
  });

  it('should name a count printed in words as not a number', () => {
    expect(counts(editActive('行政处罚', '三'))).toEqual([['not-a-number', 'error', 'active.punishment.count', null, null]]);
  });
  it('should say where the cell stands in the printed table, in both languages', () => {
    // 表三's 一、本年新收·自然人: the fourth line of the printed table, its second cell
    const [f] = checkText(editFigures('一、本年新收', ['33.5']), `https://www.bjtzh.gov.cn/${SEED}.html`).report.findings.filter(
      (x) => x.rule === 'count-integer',
    );
    expect(renderFinding(f!)).toContain('（原表第4行第2格）：件数应为非负整数，报告为 33.5');
    expect(renderFinding(f!, 'en')).toContain(' (row 4, cell 2): a count must be a non-negative integer, reported 33.5');
  });
});
