import { HISTORY_SCHEMA_VERSION } from '../model/history-record';

/** migrations[n] turns a record of version n into version n + 1 (none yet: version 1 is the first). */
export type Migrations = Readonly<Record<number, (record: Record<string, unknown>) => Record<string, unknown>>>;

export const MIGRATIONS: Migrations = {};

/**
 * Brings a stored or imported record up to `target` one version at a time. Returns the migrated
 * object (still to be validated) or the reason it cannot be: not an object, no version, a version
 * newer than this build knows, or a gap in the migrations.
 */
export function migrateRecord(
  raw: unknown,
  migrations: Migrations = MIGRATIONS,
  target = HISTORY_SCHEMA_VERSION,
): { ok: true; record: Record<string, unknown> } | { ok: false; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'not an object' };
  let record = raw as Record<string, unknown>;
  let version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'schemaVersion missing' };
  if (version > target) return { ok: false, reason: `schemaVersion ${version} is newer than this version of the extension (${target})` };
  while (version < target) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from schemaVersion ${version}` };
    record = { ...step(record), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, record };
}
