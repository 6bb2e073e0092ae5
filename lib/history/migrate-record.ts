import { HISTORY_SCHEMA_VERSION } from '../model/history-record';

/** migrations[n] turns a record of version n into version n + 1 (none yet: version 1 is the first). */
export type Migrations = Readonly<Record<number, (record: Record<string, unknown>) => Record<string, unknown>>>;

export const MIGRATIONS: Migrations = {};

/** Why a record cannot be migrated, as a code and its figures (worded by rejectionText, at the edge). */
export type MigrationProblem =
  | { code: 'not-an-object' }
  | { code: 'no-version' }
  | { code: 'newer-version'; version: number; target: number }
  | { code: 'no-migration'; version: number };

/**
 * Brings a stored or imported record up to `target` one version at a time. Returns the migrated
 * object (still to be validated) or why it cannot be: not an object, no version, a version newer than
 * this build knows, or a gap in the migrations.
 * @example migrateRecord({ schemaVersion: 9 }) → { ok: false, problem: { code: 'newer-version', version: 9, target: 1 } }
 */
export function migrateRecord(
  raw: unknown,
  migrations: Migrations = MIGRATIONS,
  target = HISTORY_SCHEMA_VERSION,
): { ok: true; record: Record<string, unknown> } | { ok: false; problem: MigrationProblem } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, problem: { code: 'not-an-object' } };
  let record = raw as Record<string, unknown>;
  let version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, problem: { code: 'no-version' } };
  if (version > target) return { ok: false, problem: { code: 'newer-version', version, target } };
  while (version < target) {
    const step = migrations[version];
    if (!step) return { ok: false, problem: { code: 'no-migration', version } };
    record = { ...step(record), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, record };
}
