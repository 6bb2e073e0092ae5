import type { HistoryRecord } from './history-record';

/** 20 MB: several hundred reports (a record is 20–60 kB of JSON), far below any browser's IndexedDB quota. */
export const DEFAULT_HISTORY_LIMIT = 20 * 1024 * 1024;

/** The size a record takes, counted as its JSON in UTF-8 (what an export writes, and close to what IndexedDB stores). */
export function recordBytes(record: HistoryRecord): number {
  return new TextEncoder().encode(JSON.stringify(record)).length;
}

/**
 * Keeps the newest records that fit in `limit` bytes and drops the rest, oldest first: once one record
 * does not fit, every older one goes too (no gaps in the history). Returns what was dropped so the
 * interface can say so.
 */
export function applySizeLimit(records: readonly HistoryRecord[], limit = DEFAULT_HISTORY_LIMIT): { kept: HistoryRecord[]; dropped: HistoryRecord[]; bytes: number } {
  const newestFirst = [...records].sort((a, b) => (a.checkedAt < b.checkedAt ? 1 : a.checkedAt > b.checkedAt ? -1 : 0));
  const kept: HistoryRecord[] = [];
  const dropped: HistoryRecord[] = [];
  let bytes = 0;
  for (const r of newestFirst) {
    const size = recordBytes(r);
    if (dropped.length === 0 && bytes + size <= limit) {
      kept.push(r);
      bytes += size;
    } else dropped.push(r);
  }
  return { kept, dropped, bytes };
}
