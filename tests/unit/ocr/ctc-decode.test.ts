import { describe, expect, it } from 'vitest';
import { ctcProbability, digitBeam, type DigitMatrix } from '../../../lib/ocr/ctc-decode';
import { allowedReading, isKnownConfusion } from '../../../lib/ocr/allowed-reading';

/** A T × 11 matrix where each step is sure of one class (-1 = blank), with `doubt` spread to `other`. */
function matrix(steps: { best: number; other?: number; doubt?: number }[]): DigitMatrix {
  const p = new Float32Array(steps.length * 11);
  steps.forEach((s, t) => {
    const doubt = s.doubt ?? 0;
    p[t * 11 + s.best + 1] = 1 - doubt;
    if (s.other !== undefined) p[t * 11 + s.other + 1] = doubt;
  });
  return { steps: steps.length, p };
}

describe('digitBeam', () => {
  it('should read "12" first and keep the picture’s second choice "17" with its probability', () => {
    const m = matrix([{ best: -1 }, { best: 1 }, { best: -1 }, { best: 2, other: 7, doubt: 0.2 }, { best: -1 }]);
    const alts = digitBeam(m);
    expect(alts[0]!.text).toBe('12');
    expect(alts[0]!.p).toBeCloseTo(0.8, 5);
    expect(alts.find((a) => a.text === '17')!.p).toBeCloseTo(0.2, 5);
  });

  it('should read a doubled digit only across a blank ("11", not "1")', () => {
    expect(digitBeam(matrix([{ best: 1 }, { best: -1 }, { best: 1 }]))[0]!.text).toBe('11');
    expect(digitBeam(matrix([{ best: 1 }, { best: 1 }, { best: -1 }]))[0]!.text).toBe('1');
  });
});

describe('ctcProbability', () => {
  it('should give the sum over the paths of a reading', () => {
    const m = matrix([{ best: -1 }, { best: 1 }, { best: -1 }, { best: 2, other: 7, doubt: 0.2 }]);
    expect(ctcProbability(m, '12')).toBeCloseTo(0.8, 5);
    expect(ctcProbability(m, '17')).toBeCloseTo(0.2, 5);
    expect(ctcProbability(m, '3')).toBe(0);
  });
});

describe('allowedReading', () => {
  it('should allow an own alternative and refuse a number the picture does not allow', () => {
    const m = matrix([{ best: -1 }, { best: 1 }, { best: -1 }, { best: 2, other: 7, doubt: 0.2 }]);
    const r = { value: 12, blank: false, alternatives: digitBeam(m), digits: m };
    expect(allowedReading(r, 17)).toBe(true);
    expect(allowedReading(r, 13)).toBe(false);
    expect(allowedReading({ ...r, blank: true }, 17)).toBe(false);
  });
});

describe('isKnownConfusion', () => {
  it.each([
    ['12', '112', true],
    ['11', '17', true],
    ['10', '18', true],
    ['10', '16', false],
    ['12', '21', false],
  ])('should say %s → %s is %s', (read, wanted, yes) => expect(isKnownConfusion(read, wanted)).toBe(yes));
});
