import { HISTORY_SCHEMA_VERSION, HistoryRecordSchema, type HistoryRecord } from './history-record';
import { migrateRecord, MIGRATIONS, type Migrations } from './migrate-record';

/** The export file: the records with the version they were written in and when. */
export interface HistoryExport {
  schemaVersion: number;
  exportedAt: string;
  records: HistoryRecord[];
}

/** The history as a JSON file (pretty-printed: people open it). */
export function exportHistory(records: readonly HistoryRecord[], exportedAt: string): string {
  const file: HistoryExport = { schemaVersion: HISTORY_SCHEMA_VERSION, exportedAt, records: [...records] };
  return JSON.stringify(file, null, 1);
}

export interface RejectedRecord {
  /** position in the file's records array */
  index: number;
  id: string | null;
  reason: string;
}

/**
 * Reads an export file: each record is migrated to the current version and validated on its own, so
 * one bad record does not lose the others; the rejected ones come back with their reasons.
 * A file that is not an export at all is one rejection at index −1.
 */
export function importHistory(json: string, migrations: Migrations = MIGRATIONS): { records: HistoryRecord[]; rejected: RejectedRecord[] } {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (err) {
    return { records: [], rejected: [{ index: -1, id: null, reason: `not JSON: ${(err as Error).message}` }] };
  }
  const list = typeof file === 'object' && file !== null ? (file as { records?: unknown }).records : undefined;
  if (!Array.isArray(list)) return { records: [], rejected: [{ index: -1, id: null, reason: 'not a history export (no records array)' }] };
  const records: HistoryRecord[] = [];
  const rejected: RejectedRecord[] = [];
  list.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
    const migrated = migrateRecord(raw, migrations);
    if (!migrated.ok) return void rejected.push({ index, id, reason: migrated.reason });
    const parsed = HistoryRecordSchema.safeParse(migrated.record);
    if (parsed.success) records.push(parsed.data);
    else rejected.push({ index, id, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ') });
  });
  return { records, rejected };
}
