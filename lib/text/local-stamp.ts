/**
 * Local time for people and file names. `toISOString()` is UTC: before 08:00 in Beijing it names the
 * previous day. The offset is a parameter (minutes east of UTC, +480 for Asia/Shanghai) so that a test
 * pins the zone; it defaults to the zone of the machine at that date.
 */
function shifted(date: Date, offset: number): { iso: string; sign: string; hh: string; mm: string } {
  const abs = Math.abs(offset);
  return {
    // the wall-clock time of that zone, read through the UTC fields of a moved instant
    iso: new Date(date.getTime() + offset * 60_000).toISOString(),
    sign: offset < 0 ? '-' : '+',
    hh: String(Math.floor(abs / 60)).padStart(2, '0'),
    mm: String(abs % 60).padStart(2, '0'),
  };
}

/** Minutes east of UTC of the machine's zone at `date` (getTimezoneOffset is west-positive). */
export function localOffset(date: Date): number {
  return -date.getTimezoneOffset() || 0;
}

/**
 * A date-time as local ISO 8601 with its offset, to the second.
 * @example localIso(new Date('2026-12-01T09:50:18.856Z'), 480) → '2026-12-01T17:50:18+08:00'
 */
export function localIso(date: Date, offset = localOffset(date)): string {
  const s = shifted(date, offset);
  return `${s.iso.slice(0, 19)}${s.sign}${s.hh}:${s.mm}`;
}

/**
 * A date-time for a file name: local day and minute, no characters a file system refuses.
 * @example fileStamp(new Date('2026-11-30T23:10:00Z'), 480) → '20261201-0710'
 */
export function fileStamp(date: Date, offset = localOffset(date)): string {
  const iso = shifted(date, offset).iso;
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 16).replace(':', '')}`;
}
