import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../lib/parse/parse-number';

describe('parseNumber', () => {
  it.each([
    ['0', { value: 0 }],
    [' 0', { value: 0 }],
    ['\u00a0 0', { value: 0 }],
    ['0\u00a0', { value: 0 }],
    ['\u3000\u30000', { value: 0 }],
    ['１２', { value: 12 }],
    ['28983.0794', { value: 28983.0794 }],
    ['1,234', { value: 1234, note: 'thousands' }],
    ['1 0', { value: 10, note: 'inner-space' }],
    ['1\u00a00', { value: 10, note: 'inner-space' }],
    // seed 002's inner space in a figure with decimals (an amount in 元): one number, its decimals kept
    ['1 234.5', { value: 1234.5, note: 'inner-space' }],
    ['+1036', { value: 1036 }],
    ['-8', { value: -8 }],
    ['251000元', { value: 251000, note: 'unit', unit: '元' }],
    ['3.5万元', { value: 3.5, note: 'unit', unit: '万元' }],
  ])('should read %j as a number', (raw, expected) => {
    expect(parseNumber(raw)).toEqual(expected);
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['\u00a0', 'blank'],
    ['/', 'not-applicable'],
    ['-', 'not-applicable'],
    ['—', 'not-applicable'],
    ['——', 'not-applicable'],
    ['无', 'not-applicable'],
    ['十', 'unreadable'],
    ['abc', 'unreadable'],
    ['1.2.3', 'unreadable'],
    // more digits than a double holds exactly: never shown as another number (issue 11)
    ['９９９９９９９９９９９９９９９９９９９', 'unread'],
    ['9007199254740993', 'unread'],
    ['1'.repeat(400), 'unread'],
  ])('should read %j as null with note %s, never as 0', (raw, note) => {
    expect(parseNumber(raw)).toEqual({ value: null, note });
  });
  it('should still read the largest figures real reports print (15 significant digits)', () => {
    expect(parseNumber('123456789012345')).toEqual({ value: 123456789012345 });
    expect(parseNumber('28983.0794')).toEqual({ value: 28983.0794 });
  });
});
