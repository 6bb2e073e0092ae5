import { describe, expect, it } from 'vitest';
import { percentileInc } from '../../../lib/benchmark/percentile';

describe('percentileInc', () => {
  // the figures Excel's PERCENTILE.INC gives for the same arrays (its documentation's example is {1,3,2,4}, 0.3 → 1.9)
  it.each([
    [[1, 2, 3, 4], 0.3, 1.9],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[15, 20, 35, 40, 50], 0.25, 20],
    [[15, 20, 35, 40, 50], 0.5, 35],
    [[15, 20, 35, 40, 50], 0.75, 40],
    [[1, 2, 3, 4, 5, 6], 0.25, 2.25],
    [[10], 0.75, 10],
    [[0, 0, 0, 1], 0.5, 0],
  ])('should give PERCENTILE.INC(%j, %d) = %d', (values, p, want) => {
    expect(percentileInc(values, p)).toBeCloseTo(want, 12);
  });

  it('should give null for no values', () => {
    expect(percentileInc([], 0.5)).toBeNull();
  });
});
