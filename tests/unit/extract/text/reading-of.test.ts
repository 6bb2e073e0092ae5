import { describe, expect, it } from 'vitest';
import { readingOf } from '../../../../lib/extract/text/reading-of';

/**
 * readingOf on runs printed in real reports: 平潭交通与建设局 2019 (tests/fixtures/corpus/text/pingtan-jtj-2019.txt)
 * prints 表三's rows run together, e.g. 一、本年新收 `1000001` (自然人 1 … 总计 1) and （七）总计 `1 0 00 0 0 1`.
 */
const NEW = ['requests.newReceived.natural', 'requests.newReceived.commercial', 'requests.newReceived.total'];

describe('readingOf', () => {
  it('should list each way the figures can be cut, once per distinct set of values for the cells asked', () => {
    // two splits of one run that agree on the cells picked count once; tokens are read as counts, marks as null
    const splits = [
      ['1', '0', '0', '0', '0', '0', '1'],
      ['1', '0', '0', '0', '0', '0', '1'],
      ['10', '0', '0', '0', '0', '0', '—'],
    ];
    const pick = (s: string[]) => [s[0]!, s[1]!, s[6]!];
    expect(readingOf(NEW, '1000001', splits, pick)).toEqual({
      cells: NEW,
      options: [
        [1, 0, 1],
        [10, 0, null],
      ],
      printed: '1000001',
    });
    // without a pick, the whole split
    expect(readingOf(['a', 'b'], '1 0', [['1 0', '']])).toEqual({ cells: ['a', 'b'], options: [[10, null]], printed: '1 0' });
  });

  it('should say nothing of the cells of a run that is not figures, nor of one that cannot be cut into them', () => {
    expect(readingOf(NEW, null, null)).toEqual({ cells: NEW, options: null, blank: true, printed: '' });
    expect(readingOf(NEW, '1000001', [])).toEqual({ cells: NEW, options: null, blank: true, printed: '1000001' });
  });

  it('should read an empty run as a row of blanks', () => {
    expect(readingOf(NEW, ' \u3000 ', null)).toEqual({ cells: NEW, options: [[null, null, null]], printed: '' });
  });

  it('should leave counts open when the splits are too many to list, or blanks where a mark is printed', () => {
    expect(readingOf(NEW, '1 0 00 0 0 1', null)).toEqual({ cells: NEW, options: null, blank: false, printed: '1 0 00 0 0 1' });
    for (const mark of ['/', '\\', '-', '—', '－', '–']) expect(readingOf(NEW, `1${mark}1`, null).blank).toBe(true);
    const unbalanced = { sums: [{ of: [0, 1], total: 2 }], samples: [['1', '0', '0', '0', '0', '0', '1']] };
    expect(readingOf(NEW, '1000001', null, (s) => [s[0]!, s[1]!, s[6]!], unbalanced).unbalanced).toEqual({ sums: unbalanced.sums, samples: [[1, 0, 1]] });
    // with splits listed, no `unbalanced` is added
    expect(readingOf(NEW, '1000001', [['1', '0', '1']], undefined, unbalanced)).not.toHaveProperty('unbalanced');
  });
});
