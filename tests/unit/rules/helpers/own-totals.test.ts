import { describe, expect, it } from 'vitest';
import { isOwnTotal } from '../../../../lib/rules/helpers/own-totals';

/**
 * isOwnTotal: whether a sum check (addends at `places[0..addends)`, its total at `places[addends]`) is the row's
 * own total that a run-together row's reading already carries (`sum`: the places of its parts and its total).
 * A 表三 row's T3-B has its six columns at places 0–5 and its 总计 at 6.
 */
describe('isOwnTotal', () => {
  const T3B = { of: [0, 1, 2, 3, 4, 5], total: 6 };

  it('should take a 表三 row’s T3-B, its addends in any order', () => {
    expect(isOwnTotal([0, 1, 2, 3, 4, 5, 6], 6, T3B)).toBe(true);
    expect(isOwnTotal([5, 4, 3, 2, 1, 0, 6], 6, T3B)).toBe(true);
  });

  it('should not take a check whose addends are other places, though as many (a part not in the row’s sum)', () => {
    expect(isOwnTotal([0, 1, 2, 3, 4, 7, 6], 6, T3B)).toBe(false);
  });

  it('should not take a check whose total is another place, though its addends are the row’s own', () => {
    // the six columns against a cell that is not the row's 总计: the search proved nothing of that sum
    expect(isOwnTotal([0, 1, 2, 3, 4, 5, 7], 6, T3B)).toBe(false);
    expect(isOwnTotal([5, 4, 3, 2, 1, 0, 7], 6, T3B)).toBe(false);
  });

  it('should not take a check with another total, fewer or more addends, or a total missing', () => {
    expect(isOwnTotal([0, 1, 2, 3, 4, 6, 5], 6, T3B)).toBe(false);
    expect(isOwnTotal([0, 1, 2, 3, 4, 6], 5, T3B)).toBe(false);
    expect(isOwnTotal([0, 1, 2, 3, 4, 5, 6, 7], 7, { of: [0, 1, 2, 3, 4, 5, 6], total: 7 })).toBe(true);
    expect(isOwnTotal([0, 1, 2, 3, 4, 5], 6, T3B)).toBe(false);
  });
});
