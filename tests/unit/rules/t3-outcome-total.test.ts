import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { editFigures, findingsOf, SEED, withoutRequests } from './seed-table';

/**
 * t3-outcome-total (T3-C) on seed 004 (real, consistent): the 自然人 column's 21 outcome rows add up to
 * （七）总计 29. Each test moves one real figure across the sum.
 */
const outcomeTotal = (text: string) => findingsOf('t3-outcome-total', text);

describe('t3-outcome-total on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(outcomeTotal(seedText(SEED))).toEqual([]);
  });

  it('should flag （七）总计 one above and one below the outcomes', () => {
    expect(outcomeTotal(editFigures('（七）总计', ['30']))).toEqual([['sum', 'error', 'requests.totalProcessed.natural', 29, 30]]);
    expect(outcomeTotal(editFigures('（七）总计', ['28']))).toEqual([['sum', 'error', 'requests.totalProcessed.natural', 29, 28]]);
  });

  it('should count the last of the 21 outcome rows, （六）3.其他', () => {
    expect(outcomeTotal(editFigures('3.其他', ['1']))).toEqual([['sum', 'error', 'requests.totalProcessed.natural', 30, 29]]);
  });

  it('should call a "/" outcome unassessable, never an error', () => {
    expect(outcomeTotal(editFigures('（一）予以公开', ['/']))).toEqual([['unassessable', 'info', 'requests.totalProcessed.natural', null, 29]]);
  });
  it('should say nothing when 表三 is not read (table-missing says so)', () => {
    expect(findingsOf('t3-outcome-total', withoutRequests(seedText(SEED)))).toEqual([]);
  });
});
