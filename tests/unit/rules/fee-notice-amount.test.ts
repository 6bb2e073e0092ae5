import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { feeText } from './fee-seed';
import { findingsOf } from './seed-table';

/** fee-notice-amount (F-2) on seed 003's real fee paragraph: money billed with no notice sent is an error. */
const billed = (notices: string, amount: string) => findingsOf('fee-notice-amount', feeText(notices, amount, '0元'));

describe('fee-notice-amount on a real report', () => {
  it('should find nothing in the paragraph as printed (4 notices, 50990 元)', () => {
    expect(findingsOf('fee-notice-amount', seedText('003'))).toEqual([]);
  });

  it('should flag 1 元 billed with 0 notices, and not 0 元', () => {
    expect(billed('0', '1元')).toEqual([['billed-without-notice', 'error', undefined, 0, 1]]);
    expect(billed('0', '0元')).toEqual([]);
  });

  it('should accept 1 元 billed with 1 notice', () => {
    expect(billed('1', '1元')).toEqual([]);
  });
});
