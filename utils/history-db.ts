import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { findPrevious } from '@/lib/history/find-previous';
import { exportHistory, importHistory, type RejectedRecord } from '@/lib/history/history-json';
import { HistoryRecordSchema, type HistoryRecord } from '@/lib/history/history-record';
import { migrateRecord } from '@/lib/history/migrate-record';
import { applySizeLimit, DEFAULT_HISTORY_LIMIT, recordBytes } from '@/lib/history/size-limit';
import { agencyKey } from '@/lib/history/agency-key';

/**
 * The local history of checked reports, in the extension origin's IndexedDB: the popup, the history
 * page, the batch page, the viewer and the background all see the same database (the content script
 * cannot: it sends `record-report` to the background). Every record read back is migrated and
 * safeParse'd: a record from an older build, or one damaged on disk, never reaches the interface as is.
 */

export const DB_NAME = 'xxgk-audit';
/** Bump with a new branch in upgrade() (each branch brings the database from one version to the next). */
export const DB_VERSION = 1;
export const STORE = 'reports';

interface HistoryDb extends DBSchema {
  reports: { key: string; value: HistoryRecord; indexes: { agency: string; year: number } };
}

let opening: Promise<IDBPDatabase<HistoryDb>> | null = null;

function db(): Promise<IDBPDatabase<HistoryDb>> {
  opening ??= openDB<HistoryDb>(DB_NAME, DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const store = database.createObjectStore(STORE, { keyPath: 'id' });
        // exact-name lookups (IndexedDB leaves records whose agency or year is null out of the index)
        store.createIndex('agency', 'agency');
        // last year's candidates for findPrevious without reading the whole history
        store.createIndex('year', 'year');
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
 * Stores records (replacing those with the same id) and then applies the size limit, oldest dropped
 * first, in one transaction. Returns the ids dropped so the interface can say so.
 */
export async function putRecords(records: readonly HistoryRecord[], limit = DEFAULT_HISTORY_LIMIT): Promise<{ dropped: HistoryRecord[] }> {
  const checked = records.map((r) => HistoryRecordSchema.parse(r));
  const tx = (await db()).transaction(STORE, 'readwrite');
  for (const r of checked) await tx.store.put(r);
  const { dropped } = applySizeLimit(validAll(await tx.store.getAll()), limit);
  for (const r of dropped) await tx.store.delete(r.id);
  await tx.done;
  return { dropped };
}

export function putRecord(record: HistoryRecord, limit = DEFAULT_HISTORY_LIMIT): Promise<{ dropped: HistoryRecord[] }> {
  return putRecords([record], limit);
}

/** Every record, newest check first. */
export async function listRecords(): Promise<HistoryRecord[]> {
  const all = validAll(await (await db()).getAll(STORE));
  return all.sort((a, b) => (a.checkedAt < b.checkedAt ? 1 : a.checkedAt > b.checkedAt ? -1 : 0));
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

export async function deleteRecord(id: string): Promise<void> {
  await (await db()).delete(STORE, id);
}

export async function clearHistory(): Promise<void> {
  await (await db()).clear(STORE);
}

/** The bytes the history takes (records as JSON, as the size limit counts them) and the limit. */
export async function historyUsage(limit = DEFAULT_HISTORY_LIMIT): Promise<{ bytes: number; limit: number; count: number }> {
  const all = await listRecords();
  return { bytes: all.reduce((s, r) => s + recordBytes(r), 0), limit, count: all.length };
}

/** The whole history as an export file (JSON text). */
export async function exportRecords(now = new Date()): Promise<string> {
  return exportHistory(await listRecords(), now.toISOString());
}

/** Reads an export file into the history: the valid records are stored, the others come back with their reasons. */
export async function importRecords(json: string, limit = DEFAULT_HISTORY_LIMIT): Promise<{ added: number; rejected: RejectedRecord[]; dropped: HistoryRecord[] }> {
  const { records, rejected } = importHistory(json);
  const { dropped } = records.length > 0 ? await putRecords(records, limit) : { dropped: [] };
  return { added: records.length, rejected, dropped };
}
