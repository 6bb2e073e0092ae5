import { describe, expect, it } from 'vitest';
import { rankWithTies } from '../../../lib/benchmark/rank-with-ties';

describe('rankWithTies', () => {
  it.each([
    [
      [0.5, 0.9, null, 0.5, 0.1],
      [2, 1, null, 2, 4],
    ],
    [
      [1, 1, 1],
      [1, 1, 1],
    ],
    [
      [0, 0.25, 0.25, 0.25, 1],
      [5, 2, 2, 2, 1],
    ],
    [
      [null, null],
      [null, null],
    ],
  ])('should rank %j highest first with shared ranks as %j', (values, want) => {
    expect(rankWithTies(values)).toEqual(want);
  });
});
