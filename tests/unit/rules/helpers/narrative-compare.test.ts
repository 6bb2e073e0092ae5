import { describe, expect, it } from 'vitest';
import { sumOf } from '../../../../lib/rules/helpers/narrative-compare';

const LABEL = { zh: '表三（三）不予公开·总计', en: 'table 3 not disclosed, total' };

describe('sumOf: a candidate standing for a sum of cells', () => {
  it('should stand at its first cell, blank when a part is blank, with what blanks as 0 would give', () => {
    const part = (row: string, value: number | null, ifBlankZero?: number) => ({
      path: `requests.${row}.total`,
      value,
      label: { zh: row, en: row },
      ...(ifBlankZero === undefined ? {} : { ifBlankZero }),
    });
    expect(sumOf([part('granted', 3), part('partial', null, 2)], LABEL)).toEqual({
      path: 'requests.granted.total',
      value: null,
      label: LABEL,
      parts: ['requests.granted.total', 'requests.partial.total'],
      ifBlankZero: 5,
    });
  });

  it('should give a sum of no cells as 0, standing at no cell, rather than fail', () => {
    // no narrative rule sums an empty list today (every outcome has rows in both templates, 表四 two suits,
    // 一 + 二 two rows); the helper still answers for one: a sum of nothing is 0, not a TypeError
    expect(sumOf([], LABEL)).toEqual({ path: '', value: 0, label: LABEL, parts: [], ifBlankZero: 0 });
  });
});
