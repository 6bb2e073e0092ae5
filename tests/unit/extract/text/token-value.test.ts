import { describe, expect, it } from 'vitest';
import { tokenValue } from '../../../../lib/extract/text/token-value';

describe('tokenValue: a token of a split as a count', () => {
  it.each([
    ['154', 154], // issue 8's 总计
    ['0', 0],
    ['1 0', 10], // seed 002's 自然人 printed with a space inside (spaced-figure.ts)
    ['1\u30000', 10],
    ['/', null], // not applicable
    ['——', null],
    ['-8', null], // 2019's 本年增/减: a change, not a count
    ['+12', null],
    ['547.9659万元', null], // an amount
    ['', null],
    [undefined, null], // no token
  ])('should read %j as %j', (token, want) => {
    expect(tokenValue(token)).toBe(want);
  });
});
