import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { editFigures, findingsOf, SEED } from './seed-table';

/**
 * t3-outcome-bound (V-3) on seed 004 (real, consistent): the 自然人 column has 一 33 + 二 0 = 33 to handle;
 * （一）予以公开 reads 11. Each test moves one outcome across 33.
 */
const bound = (text: string) => findingsOf('t3-outcome-bound', text);
const granted = (natural: string, text?: string) => editFigures('（一）予以公开', [natural], '三、收到和处理', text);

describe('t3-outcome-bound on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(bound(seedText(SEED))).toEqual([]);
  });

  it('should accept an outcome equal to 一 + 二 and flag one above it', () => {
    expect(bound(granted('33'))).toEqual([]);
    expect(bound(granted('34'))).toEqual([['over', 'error', 'requests.granted.natural', 33, 34]]);
  });

  it('should count 二、上年结转 in the bound: 1 carried over lets 34 through', () => {
    expect(bound(granted('34', editFigures('二、上年结转', ['1'])))).toEqual([]);
  });

  it('should check the last outcome row, （六）3.其他', () => {
    expect(bound(editFigures('3.其他', ['34']))).toEqual([['over', 'error', 'requests.other.other.natural', 33, 34]]);
  });

  it('should not bound an outcome when 一 is "/" (no figure to compare with)', () => {
    expect(bound(granted('34', editFigures('一、本年新收', ['/'])))).toEqual([]);
  });
});
