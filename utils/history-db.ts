import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { type HistoryRecord, HistoryRecordSchema, localIso } from '#lib/model';
import {
  agencyKey,
  compareCheckedAt,
  DEFAULT_HISTORY_LIMIT,
  exportHistory,
  findPrevious,
  idsOverLimit,
  importHistory,
  MAX_RECORD_BYTES,
  migrateRecord,
  recordBytes,
  recordSize,
  type RecordSize,
  type RejectedRecord,
} from '#lib/history';

/**
 * The local history of checked reports, in the extension origin's IndexedDB: the popup, the history
 * page, the batch page, the viewer and the background all see the same database (the content script
 * cannot: it sends `record-report` to the background). Every record read back is migrated and
 * safeParse'd: a record from an older build, or one damaged on disk, never reaches the interface as is.
 */

export const DB_NAME = 'xxgk-audit';
/** Bump with a new branch in upgrade() (each branch brings the database from one version to the next). */
export const DB_VERSION = 2;
export const STORE = 'reports';
/** One RecordSize per record, same key: the size limit is checked from these, not from the records (version 2). */
export const SIZES = 'sizes';

interface HistoryDb extends DBSchema {
  reports: { key: string; value: HistoryRecord; indexes: { agency: string; year: number } };
  sizes: { key: string; value: RecordSize };
}

let opening: Promise<IDBPDatabase<HistoryDb>> | null = null;

function db(): Promise<IDBPDatabase<HistoryDb>> {
  opening ??= openDB<HistoryDb>(DB_NAME, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) {
        const store = database.createObjectStore(STORE, { keyPath: 'id' });
        // exact-name lookups (IndexedDB leaves records whose agency or year is null out of the index)
        store.createIndex('agency', 'agency');
        // last year's candidates for findPrevious without reading the whole history
        store.createIndex('year', 'year');
      }
      if (oldVersion < 2) {
        const sizes = database.createObjectStore(SIZES, { keyPath: 'id' });
        // the records kept by version 1 are measured once, as found on disk (a damaged one too: it takes room)
        for (const raw of (await transaction.objectStore(STORE).getAll()) as unknown[]) {
          const r = raw as { id?: unknown; checkedAt?: unknown };
          if (typeof r.id === 'string') await sizes.put({ id: r.id, checkedAt: typeof r.checkedAt === 'string' ? r.checkedAt : '', bytes: recordBytes(raw) });
        }
      }
    },
    blocking() {
      // another page opened a newer version: let it upgrade, reopen on next use
      void opening?.then((d) => d.close());
      opening = null;
    },
  }).catch((err: unknown) => {
    opening = null;
    throw err;
  });
  return opening;
}

function valid(raw: unknown): HistoryRecord | null {
  const migrated = migrateRecord(raw);
  if (!migrated.ok) return null;
  const parsed = HistoryRecordSchema.safeParse(migrated.record);
  return parsed.success ? parsed.data : null;
}

function validAll(raws: unknown[]): HistoryRecord[] {
  return raws.map(valid).filter((r): r is HistoryRecord => r !== null);
}

/**
 * Stores records (replacing those with the same id) with their sizes, and applies the size limit,
 * oldest dropped first, in one transaction. Only the sizes are read (a few dozen bytes a record): the
 * records themselves are read back only when some must go, so a put on every report page visit stays
 * cheap however large the history. Returns the records dropped so the interface can say so (a damaged
 * record is dropped too when it is among the oldest, but is not returned).
 */
export async function putRecords(
  records: readonly HistoryRecord[],
  limit = DEFAULT_HISTORY_LIMIT,
): Promise<{ dropped: HistoryRecord[]; refused: HistoryRecord[] }> {
  // each record is measured once (its JSON); one oversize record is refused on its own rather than
  // stored at the cost of all the others
  const measured = records.map((record) => ({ record, size: recordSize(record) }));
  const fits = (m: (typeof measured)[number]) => m.size.bytes <= Math.min(MAX_RECORD_BYTES, limit);
  const refused = measured.filter((m) => !fits(m)).map((m) => m.record);
  const checked = measured.filter(fits).map((m) => ({ record: HistoryRecordSchema.parse(m.record), size: m.size }));
  const tx = (await db()).transaction([STORE, SIZES], 'readwrite');
  const reports = tx.objectStore(STORE);
  const sizes = tx.objectStore(SIZES);
  for (const { record, size } of checked) {
    await reports.put(record);
    await sizes.put(size);
  }
  const dropped: HistoryRecord[] = [];
  for (const id of idsOverLimit(await sizes.getAll(), limit)) {
    const r = valid(await reports.get(id));
    if (r) dropped.push(r);
    await reports.delete(id);
    await sizes.delete(id);
  }
  await tx.done;
  return { dropped, refused };
}

export function putRecord(record: HistoryRecord, limit = DEFAULT_HISTORY_LIMIT): Promise<{ dropped: HistoryRecord[]; refused: HistoryRecord[] }> {
  return putRecords([record], limit);
}

/** Every record, newest check first. */
export async function listRecords(): Promise<HistoryRecord[]> {
  const all = validAll(await (await db()).getAll(STORE));
  return all.sort((a, b) => compareCheckedAt(b, a));
}

/** The records of one agency, whatever its spacing or bracket width (agencyKey), newest check first. */
export async function recordsByAgency(agency: string): Promise<HistoryRecord[]> {
  const key = agencyKey(agency);
  return (await listRecords()).filter((r) => key !== null && agencyKey(r.agency) === key);
}

/** Last year's record of the report's agency (findPrevious), read through the year index. */
export async function previousRecord(current: { agency: string | null; year: number | null }): Promise<HistoryRecord | null> {
  if (current.year === null || agencyKey(current.agency) === null) return null;
  const candidates = validAll(await (await db()).getAllFromIndex(STORE, 'year', current.year - 1));
  return findPrevious(candidates, current);
}

/** Removes a record and its size together, so the sizes always add up to what is stored. */
export async function deleteRecord(id: string): Promise<void> {
  const tx = (await db()).transaction([STORE, SIZES], 'readwrite');
  await Promise.all([tx.objectStore(STORE).delete(id), tx.objectStore(SIZES).delete(id), tx.done]);
}

export async function clearHistory(): Promise<void> {
  const tx = (await db()).transaction([STORE, SIZES], 'readwrite');
  await Promise.all([tx.objectStore(STORE).clear(), tx.objectStore(SIZES).clear(), tx.done]);
}

/** The bytes the history takes (records as JSON, as the size limit counts them), from the sizes kept beside them. */
export async function historyUsage(limit = DEFAULT_HISTORY_LIMIT): Promise<{ bytes: number; limit: number; count: number }> {
  const sizes = await (await db()).getAll(SIZES);
  return { bytes: sizes.reduce((s, r) => s + r.bytes, 0), limit, count: sizes.length };
}

/** The whole history as an export file (JSON text). */
export async function exportRecords(now = new Date()): Promise<string> {
  return exportHistory(await listRecords(), localIso(now));
}

/**
 * Reads an export file into the history in one transaction: the valid records are stored (a record
 * over MAX_RECORD_BYTES is refused alone), the others come back with their reasons. A storage error
 * rejects and stores nothing (the transaction is undone).
 */
export async function importRecords(
  json: string,
  limit = DEFAULT_HISTORY_LIMIT,
): Promise<{ added: number; rejected: RejectedRecord[]; dropped: HistoryRecord[]; refused: HistoryRecord[] }> {
  const { records, rejected } = importHistory(json);
  const { dropped, refused } = records.length > 0 ? await putRecords(records, limit) : { dropped: [], refused: [] };
  return { added: records.length - refused.length, rejected, dropped, refused };
}
