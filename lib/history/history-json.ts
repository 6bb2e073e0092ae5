import { severityCounts } from '../report/severity-counts';
import { HISTORY_SCHEMA_VERSION, HistoryRecordSchema, type HistoryRecord } from '../model/history-record';
import { type MigrationProblem, migrateRecord, MIGRATIONS, type Migrations } from './migrate-record';
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

/**
 * Why an import file, or one record of it, was refused: a code and its figures, worded by rejectionText
 * at the edge. `detail` is what JSON.parse or the schema said (their own words, not ours).
 */
export type ImportProblem =
  | MigrationProblem
  | { code: 'not-json'; detail: string }
  | { code: 'not-an-export' }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'invalid'; detail: string };

export interface RejectedRecord {
  /** position in the file's records array (−1: the file itself) */
  index: number;
  id: string | null;
  problem: ImportProblem;
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
    return { records: [], rejected: [{ index: -1, id: null, problem: { code: 'not-json', detail: (err as Error).message } }] };
  }
  const list = typeof file === 'object' && file !== null ? (file as { records?: unknown }).records : undefined;
  if (!Array.isArray(list)) return { records: [], rejected: [{ index: -1, id: null, problem: { code: 'not-an-export' } }] };
  const records: HistoryRecord[] = [];
  const rejected: RejectedRecord[] = [];
  if (list.length > maxRecords) rejected.push({ index: maxRecords, id: null, problem: { code: 'too-many', count: list.length, max: maxRecords } });
  list.slice(0, maxRecords).forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id.slice(0, 200) : null;
    const bytes = recordBytes(raw);
    if (bytes > MAX_RECORD_BYTES) return void rejected.push({ index, id, problem: { code: 'too-large', bytes, max: MAX_RECORD_BYTES } });
    const migrated = migrateRecord(raw, migrations);
    if (!migrated.ok) return void rejected.push({ index, id, problem: migrated.problem });
    const parsed = HistoryRecordSchema.safeParse(migrated.record);
    if (!parsed.success)
      return void rejected.push({
        index,
        id,
        problem: { code: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ') },
      });
    // the verdict and counts a file states are the report's findings seen through this version, not taken on trust
    records.push({ ...parsed.data, verdict: verdictOf(parsed.data.report), counts: severityCounts(parsed.data.report.findings) });
  });
  return { records, rejected };
}
