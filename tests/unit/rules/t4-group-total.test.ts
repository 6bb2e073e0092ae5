import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { editReview, findingsOf, SEED } from './seed-table';

/**
 * t4-group-total (T4-A/B/C) on seed 004 (real, consistent): 表四 reads 复议 0 0 0 0 | 0, 直接起诉 0 0 1 0 | 1,
 * 复议后起诉 0 0 0 0 | 0. Each test moves one real figure across a group's 总计.
 */
const groupTotal = (text: string) => findingsOf('t4-group-total', text);
const u = undefined;

describe('t4-group-total on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(groupTotal(seedText(SEED))).toEqual([]);
  });

  it('should flag 直接起诉·总计 one above and one below its parts', () => {
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, '2']))).toEqual([['sum', 'error', 'review.litigationDirect.total', 1, 2]]);
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, '0']))).toEqual([['sum', 'error', 'review.litigationDirect.total', 1, 0]]);
  });

  it('should check each group and each part: 复议 尚未审结 1, 复议后起诉 总计 1', () => {
    expect(groupTotal(editReview([u, u, u, '1']))).toEqual([['sum', 'error', 'review.reconsideration.total', 1, 0]]);
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, u, u, u, u, u, '1']))).toEqual([
      ['sum', 'error', 'review.litigationAfterReconsideration.total', 0, 1],
    ]);
  });

  it('should call a "/" part unassessable, never an error', () => {
    expect(groupTotal(editReview([u, u, u, u, u, u, u, '/']))).toEqual([['unassessable', 'info', 'review.litigationDirect.total', null, 1]]);
  });
});
