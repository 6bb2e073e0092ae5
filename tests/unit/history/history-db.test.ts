import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildRecord, recordInputFromCheck } from '../../../lib/history/build-record';
import type { HistoryRecord } from '../../../lib/model/history-record';
import { recordBytes } from '../../../lib/history/size-limit';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';

/**
 * utils/history-db.ts on an in-memory stand-in for `idb` (no IndexedDB in node): enough of openDB,
 * stores and transactions for the module, with a log of the reads so a test can say what a put read.
 */
const disk = vi.hoisted(() => ({
  version: 0,
  stores: new Map<string, Map<string, unknown>>(),
  reads: [] as string[],
}));

vi.mock('idb', () => {
  const store = (name: string) => {
    const data = () => disk.stores.get(name)!;
    return {
      createIndex: () => undefined,
      put: async (v: { id: string }) => void data().set(v.id, structuredClone(v)),
      get: async (id: string) => (disk.reads.push(`get ${name}`), structuredClone(data().get(id))),
      getAll: async () => (disk.reads.push(`getAll ${name}`), [...data().values()].map((v) => structuredClone(v))),
      delete: async (id: string) => void data().delete(id),
      clear: async () => data().clear(),
    };
  };
  const database = {
    createObjectStore: (name: string) => (disk.stores.set(name, new Map()), store(name)),
    transaction: () => ({ objectStore: store, done: Promise.resolve() }),
    getAll: (name: string) => store(name).getAll(),
    getAllFromIndex: async (name: string, index: string, value: unknown) =>
      [...disk.stores.get(name)!.values()].filter((v) => (v as Record<string, unknown>)[index] === value),
    delete: (name: string, id: string) => store(name).delete(id),
    clear: (name: string) => store(name).clear(),
    close: () => undefined,
  };
  return {
    openDB: async (_name: string, version: number, { upgrade }: { upgrade: (...args: unknown[]) => Promise<void> | void }) => {
      if (disk.version < version) {
        await upgrade(database, disk.version, version, { objectStore: store });
        disk.version = version;
      }
      return database;
    },
  };
});

function seedRecord(id: string, checkedAt: string): HistoryRecord {
  const result = checkText(seedText(id), `seed-${id}.txt`);
  return buildRecord(recordInputFromCheck(result, `https://www.example.gov.cn/${id}.html`, checkedAt));
}

const old = seedRecord('001', '2026-01-01T00:00:00.000Z');
const mid = seedRecord('002', '2026-06-01T00:00:00.000Z');
const recent = seedRecord('003', '2026-11-01T00:00:00.000Z');

/** A fresh module (its open database is cached) on the disk as it is now. */
async function historyDb() {
  vi.resetModules();
  return import('../../../utils/history-db');
}

beforeEach(() => {
  disk.version = 0;
  disk.stores.clear();
  disk.reads.length = 0;
});

describe('history-db size limit', () => {
  it('should store a record reading only the sizes, never the whole history, while the total fits', async () => {
    const h = await historyDb();
    await h.putRecords([old, mid]);
    disk.reads.length = 0;
    expect(await h.putRecord(recent)).toEqual({ dropped: [], refused: [] });
    expect(disk.reads).toEqual(['getAll sizes']);
    expect(await h.historyUsage()).toMatchObject({ bytes: recordBytes(old) + recordBytes(mid) + recordBytes(recent), count: 3 });
  });

  it('should drop the oldest records when the total would exceed the limit, return them, and forget their sizes', async () => {
    const h = await historyDb();
    const limit = recordBytes(recent) + recordBytes(mid);
    expect(await h.putRecords([old, mid], limit)).toEqual({ dropped: [], refused: [] });
    expect(await h.putRecord(recent, limit)).toEqual({ dropped: [old], refused: [] });
    expect((await h.listRecords()).map((r) => r.id)).toEqual([recent.id, mid.id]);
    expect([...disk.stores.get(h.SIZES)!.keys()].sort()).toEqual([mid.id, recent.id].sort());
    // the same record stored again replaces its size rather than adding to the total
    expect(await h.putRecord(recent, limit)).toEqual({ dropped: [], refused: [] });
    expect((await h.historyUsage()).bytes).toBe(limit);
  });

  it('should keep the sizes in step when a record is deleted or the history cleared', async () => {
    const h = await historyDb();
    await h.putRecords([old, mid]);
    await h.deleteRecord(old.id);
    expect(await h.historyUsage()).toMatchObject({ bytes: recordBytes(mid), count: 1 });
    await h.clearHistory();
    expect(await h.historyUsage()).toMatchObject({ bytes: 0, count: 0 });
  });

  it('should measure the records a version-1 database holds when it upgrades, keeping every one', async () => {
    // the database as version 1 left it: records only
    disk.version = 1;
    disk.stores.set('reports', new Map([old, mid].map((r) => [r.id, structuredClone(r)])));
    const h = await historyDb();
    expect(h.DB_VERSION).toBe(2);
    expect(await h.historyUsage()).toMatchObject({ bytes: recordBytes(old) + recordBytes(mid), count: 2 });
    expect((await h.listRecords()).map((r) => r.id)).toEqual([mid.id, old.id]);
    expect(await h.putRecord(recent, recordBytes(recent) + recordBytes(mid))).toEqual({ dropped: [old], refused: [] });
  });

  it('should refuse one oversize record on its own, keeping the whole history (issue 11)', async () => {
    const h = await historyDb();
    await h.putRecords([old, mid]);
    const huge = { ...recent, narrative: ['很长的一段'.repeat(450_000)] };
    expect(recordBytes(huge)).toBeGreaterThan(2 * 1024 * 1024);
    expect(await h.putRecord(huge)).toEqual({ dropped: [], refused: [huge] });
    expect((await h.listRecords()).map((r) => r.id)).toEqual([mid.id, old.id]);
  });
});
