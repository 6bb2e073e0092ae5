import { describe, expect, it } from 'vitest';
import type { RateValue } from '../../../lib/benchmark/agency-rates';
import { formatRate, percent } from '../../../lib/benchmark/format-rate';

const rate = (over: Partial<RateValue>): RateValue => ({
  id: 'substantive',
  denominatorId: 'processed',
  numerator: 3,
  denominator: 20,
  value: 0.15,
  missing: [],
  zeroDenominator: false,
  disputed: false,
  ...over,
});

describe('percent', () => {
  it.each([
    [3, 20, '15.0%'],
    [1, 3, '33.3%'],
    [2, 3, '66.7%'],
    [3, 8, '37.5%'],
    [1, 8, '12.5%'],
    [1816, 3050, '59.5%'],
    [0, 4, '0.0%'],
    [7, 7, '100.0%'],
  ])('should print %d/%d as %s', (n, d, want) => {
    expect(percent(n, d)).toBe(want);
  });
});

describe('formatRate', () => {
  it('should print the rate with its fraction and named denominator', () => {
    expect(formatRate(rate({}), 'zh', true)).toBe('实质公开率 15.0%（3/20，分母：办结）');
    expect(formatRate(rate({}), 'en', true)).toBe('Substantive disclosure rate 15.0% (3/20, denominator: completed)');
  });

  it('should say why there is no value: a blank operand, never 0', () => {
    const blank = rate({ numerator: null, value: null, missing: [{ path: 'requests.granted.total', why: 'blank' }] });
    expect(formatRate(blank, 'zh')).toBe('—（无值：表三（一）予以公开·总计 未填数字）');
    expect(formatRate(blank, 'en')).toBe('— (no value: Table 3 (1) disclosed, total blank)');
  });

  it('should say a denominator of 0 gives no rate', () => {
    const none = rate({
      id: 'reconsiderationCorrection',
      denominatorId: 'reconsiderationDecided',
      numerator: 1,
      denominator: 0,
      value: null,
      zeroDenominator: true,
    });
    expect(formatRate(none, 'zh', true)).toBe('复议纠错率 —（分母为 0：复议已审结 0）');
  });
});
