import { describe, expect, it } from 'vitest';
import { largestCandidate } from '../../../lib/page/picture-address';

describe('largestCandidate', () => {
  it.each([
    ['t.png 1x, t@2x.png 2x', 't@2x.png'],
    ['l.png 1400w,s.png 700w', 'l.png'],
    ['only.png', 'only.png'],
    // a data: address keeps its comma: it runs to whitespace
    ['data:image/png;base64,iVBO 1x, big.png 3x', 'big.png'],
    ['a.png, b.png 2x', 'b.png'],
    ['  ', null],
  ])('should pick the largest of %j', (srcset, want) => {
    expect(largestCandidate(srcset)).toBe(want);
  });
});
