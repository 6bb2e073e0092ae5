import { describe, expect, it } from 'vitest';
import { fileStamp, localIso } from '../../../lib/text/local-stamp';
import { plural } from '../../../lib/text/plural';

describe('localIso', () => {
  it.each([
    ['2026-12-01T09:50:18.856Z', 480, '2026-12-01T17:50:18+08:00'],
    ['2026-11-30T23:10:00.000Z', 480, '2026-12-01T07:10:00+08:00'],
    ['2026-12-01T09:50:18.856Z', 0, '2026-12-01T09:50:18+00:00'],
    ['2026-12-01T02:00:00.000Z', -300, '2026-11-30T21:00:00-05:00'],
    ['2026-12-01T02:00:00.000Z', 330, '2026-12-01T07:30:00+05:30'],
  ])('should write %s at offset %d as %s', (utc, offset, expected) => {
    expect(localIso(new Date(utc), offset)).toBe(expected);
  });

  it("should default to the machine's zone (vitest runs under the environment's TZ)", () => {
    const d = new Date('2026-12-01T09:50:18.856Z');
    expect(localIso(d)).toBe(localIso(d, -d.getTimezoneOffset()));
  });
});

describe('fileStamp', () => {
  it.each([
    // before 08:00 in Beijing, UTC is still on the previous day: the stamp is the Beijing day
    ['2026-11-30T23:10:00.000Z', 480, '20261201-0710'],
    ['2026-11-30T23:10:00.000Z', 0, '20261130-2310'],
    ['2026-12-01T09:50:18.856Z', 480, '20261201-1750'],
  ])('should stamp %s at offset %d as %s', (utc, offset, expected) => {
    expect(fileStamp(new Date(utc), offset)).toBe(expected);
  });
});

describe('plural', () => {
  it.each([
    [0, 'warning', undefined, '0 warnings'],
    [1, 'warning', undefined, '1 warning'],
    [2, 'warning', undefined, '2 warnings'],
    [1, 'was', 'were', '1 was'],
    [3, 'was', 'were', '3 were'],
  ])('should write %d %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected);
  });
});
