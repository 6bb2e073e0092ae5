import { compareCheckedAt } from './compare-checked-at';
import type { HistoryRecord } from '../model/history-record';

/** 20 MB: several hundred reports (a record is 20–60 kB of JSON), far below any browser's IndexedDB quota. */
export const DEFAULT_HISTORY_LIMIT = 20 * 1024 * 1024;

/**
 * 2 MB: no real report comes near it (the largest seen is about 0.3 MB). A record above it is refused
 * on its own, so that one oversize record (an import, a hostile page) never evicts the whole history.
 */
export const MAX_RECORD_BYTES = 2 * 1024 * 1024;

/**
 * The size a record takes, counted as its JSON in UTF-8 (what an export writes, and close to what
 * IndexedDB stores). Any stored value is accepted: the database upgrade counts records as found on disk.
 */
export function recordBytes(record: HistoryRecord | unknown): number {
  return new TextEncoder().encode(JSON.stringify(record)).length;
}

/**
 * What the size limit needs to know of a stored record. The database keeps one beside each record so
 * that storing a record never reads (and serialises) the whole history, which is up to DEFAULT_HISTORY_LIMIT.
 */
export interface RecordSize {
  id: string;
  checkedAt: string;
  bytes: number;
}

export function recordSize(record: HistoryRecord): RecordSize {
  return { id: record.id, checkedAt: record.checkedAt, bytes: recordBytes(record) };
}

/**
 * Keeps the newest items that fit in `limit` bytes and drops the rest, oldest first: once one item
 * does not fit, every older one goes too (no gaps in the history), except that an item larger than the
 * whole limit is dropped alone. Kept newest first.
 */
export function splitBySize<T extends { checkedAt: string }>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  limit: number,
): { kept: T[]; dropped: T[]; bytes: number } {
  const newestFirst = [...items].sort((a, b) => compareCheckedAt(b, a));
  const kept: T[] = [];
  const dropped: T[] = [];
  let bytes = 0;
  let full = false;
  for (const item of newestFirst) {
    const size = bytesOf(item);
    // an item that could never fit is dropped alone: it does not take the older ones with it
    if (size > limit) dropped.push(item);
    else if (!full && bytes + size <= limit) {
      kept.push(item);
      bytes += size;
    } else {
      full = true;
      dropped.push(item);
    }
  }
  return { kept, dropped, bytes };
}

/** The size limit applied to whole records. Returns what was dropped so the interface can say so. */
export function applySizeLimit(
  records: readonly HistoryRecord[],
  limit = DEFAULT_HISTORY_LIMIT,
): { kept: HistoryRecord[]; dropped: HistoryRecord[]; bytes: number } {
  return splitBySize(records, recordBytes, limit);
}

/**
 * The same limit from the sizes kept beside the records: the ids to drop (oldest first by the same
 * rule as applySizeLimit), none when the total fits, which is the common case of a put.
 */
export function idsOverLimit(sizes: readonly RecordSize[], limit = DEFAULT_HISTORY_LIMIT): string[] {
  if (sizes.reduce((s, r) => s + r.bytes, 0) <= limit) return [];
  return splitBySize(sizes, (s) => s.bytes, limit).dropped.map((s) => s.id);
}
