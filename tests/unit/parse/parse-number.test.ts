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
    // the unit typed after a space (seed 003's fee paragraph style)
    ['5 元', { value: 5, note: 'unit', unit: '元' }],
    // thousands separators: signed, a group of one to three digits first, several groups, decimals
    ['+1,234', { value: 1234, note: 'thousands' }],
    ['12,345', { value: 12345, note: 'thousands' }],
    ['1,234,567', { value: 1234567, note: 'thousands' }],
    ['1,234.56', { value: 1234.56, note: 'thousands' }],
    // inner spaces: signed, several digits before the space, several runs, a run of spaces, decimals
    ['-1 000', { value: -1000, note: 'inner-space' }],
    ['12 345', { value: 12345, note: 'inner-space' }],
    ['1 234 567', { value: 1234567, note: 'inner-space' }],
    ['1  0', { value: 10, note: 'inner-space' }],
    ['1 234.56', { value: 1234.56, note: 'inner-space' }],
    // a zero-width space pasted inside a figure is a space as well
    ['1\u200b0', { value: 10, note: 'inner-space' }],
    ['.25', { value: 0.25 }],
    // -0 is read as 0 (a 2019 本年增/减 of nothing)
    ['-0', { value: 0 }],
    // leading zeros, a decimal point and trailing zeros are no significant digits: 15 of them are read
    ['000000000000000012', { value: 12 }],
    ['1234567890.12345', { value: 1234567890.12345 }],
    ['12345678901234000', { value: 12345678901234000 }],
    ['100000000000000000000', { value: 1e20 }],
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
    ['12/', 'unreadable'],
    // separators out of place: never joined into another number
    ['1,1,234', 'unreadable'],
    ['1,234,5', 'unreadable'],
    ['1.5 2', 'unreadable'],
    ['1 2.', 'unreadable'],
    ['5元整', 'unreadable'],
    ['— —', 'not-applicable'],
    // more than 21 digits in all, however few of them significant
    ['1000000000000000000000', 'unread'],
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
