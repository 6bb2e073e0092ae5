import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { editActive, findingsOf, SEED } from './seed-table';

/**
 * fee-amount on seed 004 (real): 表二 行政事业性收费 reads 0, in the 万元 its header names. A decimal in 万元 is
 * normal; a figure typed with another unit is a warning, a negative amount an error.
 */
const fee = (raw: string) => findingsOf('fee-amount', editActive('行政事业性收费', raw));

describe('fee-amount on a real report', () => {
  it('should find nothing in the report as printed, nor in a decimal of 万元', () => {
    expect(findingsOf('fee-amount', seedText(SEED))).toEqual([]);
    expect(fee('0.5')).toEqual([]);
    expect(fee('0.093万元')).toEqual([]);
  });

  it('should warn about an amount typed in 元', () => {
    expect(fee('930元')).toEqual([['unit', 'warning', 'active.fees.amount', null, 930]]);
  });

  it('should flag an amount below 0, and not 0 itself', () => {
    expect(fee('-1')).toEqual([['negative', 'error', 'active.fees.amount', null, -1]]);
    expect(fee('0')).toEqual([]);
  });
});
