import { describe, expect, it } from 'vitest';
import { entryOf, itemAt, MissingItemError, soleItem } from '../../../lib/model/item-at';

describe('itemAt', () => {
  it('should return the element at an index in range, falsy ones included', () => {
    expect(itemAt(['a', 'b'], 1, 'column')).toBe('b');
    expect(itemAt([0, 5], 0, 'count')).toBe(0);
    expect(itemAt(new Float32Array([0.5, 2]), 1, 'pixel')).toBe(2);
  });

  it('should throw a MissingItemError naming what was looked up when the index is out of range', () => {
    expect(() => itemAt(['a'], 3, 'column')).toThrow(new MissingItemError('column 3 of 1: missing'));
    expect(() => itemAt([], -1, 'row')).toThrow(MissingItemError);
    expect(() => itemAt([1, 2], 0.5, 'row')).toThrow('row 0.5 of 2: missing');
  });
});

describe('soleItem', () => {
  it('should return the element of a list of one only', () => {
    expect(soleItem([['1', '2']])).toEqual(['1', '2']);
    expect(soleItem([0])).toBe(0);
    expect(soleItem([])).toBeUndefined();
    expect(soleItem(['a', 'b'])).toBeUndefined();
  });
});

describe('entryOf', () => {
  it('should return the value of a key that is there, and throw naming the key when it is not', () => {
    expect(entryOf(new Map([['a', 0]]), 'a', 'row')).toBe(0);
    expect(() => entryOf(new Map<string, number>(), 'b', 'row')).toThrow(new MissingItemError('row b: missing'));
  });
});
