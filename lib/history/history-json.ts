import { severityCounts } from '../report/severity-counts';
import { HISTORY_SCHEMA_VERSION, HistoryRecordSchema, type HistoryRecord } from '../model/history-record';
import { migrateRecord, MIGRATIONS, type Migrations } from './migrate-record';
import { MAX_RECORD_BYTES, recordBytes } from './size-limit';
import { verdictOf } from './verdict-of';

/** An import file holds at most this many records (several years of a whole province's agencies). */
export const MAX_IMPORT_RECORDS = 10_000;

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

/** What importHistory may be given besides the file: the migrations table and the cap (tests set both). */
export interface ImportOptions {
  migrations?: Migrations;
  maxRecords?: number;
}

/**
 * Reads an export file: each record is migrated to the current version and validated on its own, so
 * one bad record does not lose the others; the rejected ones come back with their reasons. What a
 * record derives from its report (verdict, counts) is recomputed, not trusted; a record over
 * MAX_RECORD_BYTES is refused; beyond `maxRecords` (MAX_IMPORT_RECORDS) the rest of the file is refused.
 * A file that is not an export at all is one rejection at index −1.
 */
export function importHistory(
  json: string,
  { migrations = MIGRATIONS, maxRecords = MAX_IMPORT_RECORDS }: ImportOptions = {},
): { records: HistoryRecord[]; rejected: RejectedRecord[] } {
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
  if (list.length > maxRecords)
    rejected.push({ index: maxRecords, id: null, reason: `the file holds ${list.length} records; only the first ${maxRecords} are read` });
  list.slice(0, maxRecords).forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id.slice(0, 200) : null;
    const bytes = recordBytes(raw);
    if (bytes > MAX_RECORD_BYTES)
      return void rejected.push({ index, id, reason: `record too large (${(bytes / 1048576).toFixed(1)} MB; at most ${MAX_RECORD_BYTES / 1048576} MB)` });
    const migrated = migrateRecord(raw, migrations);
    if (!migrated.ok) return void rejected.push({ index, id, reason: migrated.reason });
    const parsed = HistoryRecordSchema.safeParse(migrated.record);
    if (!parsed.success)
      return void rejected.push({ index, id, reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ') });
    // the verdict and counts a file states are the report's findings seen through this version, not taken on trust
    records.push({ ...parsed.data, verdict: verdictOf(parsed.data.report), counts: severityCounts(parsed.data.report.findings) });
  });
  return { records, rejected };
}
