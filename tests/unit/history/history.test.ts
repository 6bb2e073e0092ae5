import { describe, expect, it } from 'vitest';
import { agencyKey } from '../../../lib/history/agency-key';
import { buildRecord, recordInputFromCheck } from '../../../lib/history/build-record';
import { compareCheckedAt } from '../../../lib/history/compare-checked-at';
import { findPrevious } from '../../../lib/history/find-previous';
import { exportHistory, importHistory, MAX_IMPORT_RECORDS } from '../../../lib/history/history-json';
import { HistoryRecordSchema, type HistoryRecord } from '../../../lib/model/history-record';
import { keyFigures } from '../../../lib/history/key-figures';
import { migrateRecord } from '../../../lib/history/migrate-record';
import { applySizeLimit, idsOverLimit, recordBytes, recordSize } from '../../../lib/history/size-limit';
import { yearOnYear } from '../../../lib/history/year-on-year';
import { checkText } from '../../../lib/pipeline';
import { reportHash } from '../../../lib/text/content-hash';
import { seedText } from '../../helpers/seeds';
import { lastYear } from '../rules/cross-year/last-year';

function seedRecord(id: string, checkedAt = '2026-11-23T08:00:00.000Z'): HistoryRecord {
  const result = checkText(seedText(id), `seed-${id}.txt`);
  return buildRecord(recordInputFromCheck(result, `https://www.example.gov.cn/${id}.html`, checkedAt));
}

describe('HistoryRecord', () => {
  it('should build a valid record of seed 002 with its verdict, counts and the hash of its content', () => {
    const result = checkText(seedText('002'), 'seed-002.txt');
    const r = seedRecord('002');
    expect(HistoryRecordSchema.safeParse(r).success).toBe(true);
    expect(r).toMatchObject({
      schemaVersion: 1,
      agency: '北京市密云区商务局',
      year: 2023,
      format: '2021',
      verdict: 'error',
      counts: { error: 5, warning: 3, info: 4 },
    });
    expect(r.hash).toBe(reportHash(result.report, result.extraction.lines));
    expect(r.id).toBe(`https://www.example.gov.cn/002.html#${r.hash}`);
    expect(r.narrative).toEqual(result.extraction.lines);
    expect(seedRecord('000').verdict).toBe('ok');
  });

  it('should reject a record whose id is not url#hash, whose hash is not SHA-256 hex, or whose counts are negative', () => {
    const r = seedRecord('000');
    const issues = (x: unknown) => {
      const p = HistoryRecordSchema.safeParse(x);
      return p.success ? [] : p.error.issues.map((i) => i.path.join('.'));
    };
    expect(issues({ ...r, id: 'other' })).toEqual(['id']);
    expect(issues({ ...r, hash: 'abc', id: `${r.url}#abc` })).toEqual(['hash']);
    expect(issues({ ...r, counts: { ...r.counts, error: -1 } })).toEqual(['counts.error']);
    expect(issues({ ...r, checkedAt: 'yesterday' })).toEqual(['checkedAt']);
  });

  it('should sum 表三 and 表四 totals as the key figures, a blank staying blank', () => {
    const r = seedRecord('002');
    expect(keyFigures(r.report)).toEqual({ newReceived: 8, carriedOver: 0, totalProcessed: 10, carriedForward: 0, reconsideration: 1, litigation: 0 });
    const blank = lastYear({ 'review.litigationDirect.total': null });
    expect(keyFigures(blank.report).litigation).toBeNull();
  });
});

describe('export and import', () => {
  it('should round-trip the history through JSON with its version and date', () => {
    const records = [seedRecord('000'), seedRecord('002')];
    const json = exportHistory(records, '2026-11-23T09:00:00.000Z');
    expect(JSON.parse(json)).toMatchObject({ schemaVersion: 1, exportedAt: '2026-11-23T09:00:00.000Z' });
    expect(importHistory(json)).toEqual({ records, rejected: [] });
  });

  it('should keep the good records and say why each bad one was rejected', () => {
    const good = seedRecord('000');
    const json = JSON.stringify({
      schemaVersion: 1,
      records: [good, { ...good, verdict: 'fine' }, { ...good, id: 'x' }, { ...good, schemaVersion: 9 }, 'text'],
    });
    const { records, rejected } = importHistory(json);
    expect(records).toEqual([good]);
    expect(rejected.map((r) => [r.index, r.id])).toEqual([
      [1, good.id],
      [2, 'x'],
      [3, good.id],
      [4, null],
    ]);
    // each problem a code and its figures; the schema's own words as its detail
    expect(rejected[0]!.problem).toMatchObject({ code: 'invalid', detail: expect.stringMatching(/^verdict: /) });
    expect(rejected[1]!.problem).toEqual({ code: 'invalid', detail: 'id: id must be <url>#<hash>' });
    expect(rejected[2]!.problem).toEqual({ code: 'newer-version', version: 9, target: 1 });
    expect(rejected[3]!.problem).toEqual({ code: 'not-an-object' });
    expect(importHistory('{"records": 1}').rejected[0]!.problem).toEqual({ code: 'not-an-export' });
    expect(importHistory('<html>').rejected[0]!.problem).toMatchObject({ code: 'not-json' });
  });

  it('should refuse what an import file must not carry, and recompute what a record derives from its findings (issue 11)', () => {
    const good = seedRecord('000');
    const bad = seedRecord('002');
    const evil = (url: string) => ({ ...good, url, id: `${url}#${good.hash}` });
    const json = JSON.stringify({
      records: [
        evil('javascript:alert(1)'),
        evil('data:text/html,x'),
        { ...good, title: '长'.repeat(5000) },
        { ...bad, verdict: 'ok', counts: { error: 0, warning: 0, info: 0 } },
        evil('report.pdf'),
      ],
    });
    const { records, rejected } = importHistory(json);
    expect(rejected.map((r) => [r.index, r.problem.code === 'invalid' && r.problem.detail.split(':')[0]])).toEqual([
      [0, 'url'],
      [1, 'url'],
      [2, 'title'],
    ]);
    // a verdict that contradicts the record's own findings is not taken on trust: seed 002 has 5 errors
    expect(records.map((r) => [r.url, r.verdict, r.counts.error])).toEqual([
      [bad.url, 'error', 5],
      ['report.pdf', 'ok', 0],
    ]);
    const huge = { ...good, narrative: ['很长的一段'.repeat(450_000)] };
    expect(importHistory(JSON.stringify({ records: [huge] })).rejected[0]!.problem).toMatchObject({ code: 'too-large', max: 2 * 1024 * 1024 });
  });

  it('should read at most maxRecords records of one file and say so, the cap counted before any record is validated', () => {
    const good = seedRecord('000');
    const file = (n: number) => JSON.stringify({ records: Array.from({ length: n }, () => good) });
    // both sides of the boundary: a file of exactly maxRecords is read whole, one more is cut and said so
    expect(importHistory(file(5), { maxRecords: 5 })).toEqual({ records: Array(5).fill(good), rejected: [] });
    const { records, rejected } = importHistory(file(7), { maxRecords: 5 });
    expect(records).toHaveLength(5);
    expect(rejected).toEqual([{ index: 5, id: null, problem: { code: 'too-many', count: 7, max: 5 } }]);
  });

  it('should cap an import file at 10,000 records by default', () => {
    // entries that are not objects are rejected without any validation work, so the default cap is
    // exercised on a full-size file in milliseconds: 10,000 rejected one by one, the rest by the cap
    expect(MAX_IMPORT_RECORDS).toBe(10_000);
    const { records, rejected } = importHistory(JSON.stringify({ records: Array(10_002).fill(0) }));
    expect(records).toEqual([]);
    expect(rejected).toHaveLength(10_001);
    expect(rejected[0]).toEqual({ index: 10_000, id: null, problem: { code: 'too-many', count: 10_002, max: 10_000 } });
    expect(rejected.at(-1)).toEqual({ index: 9_999, id: null, problem: { code: 'not-an-object' } });
  });

  it('should migrate an older record one version at a time through the migrations table', () => {
    const good = seedRecord('000');
    // a hypothetical version 0 that called `narrative` `lines`: one function brings it to version 1
    const { narrative, ...rest } = good;
    const v0 = { ...rest, schemaVersion: 0, lines: narrative };
    const migrations = { 0: ({ lines, ...r }: Record<string, unknown>) => ({ ...r, narrative: lines }) };
    expect(migrateRecord(v0, migrations)).toEqual({ ok: true, record: good });
    expect(importHistory(JSON.stringify({ records: [v0] }), { migrations }).records).toEqual([good]);
    expect(migrateRecord(v0)).toEqual({ ok: false, problem: { code: 'no-migration', version: 0 } });
  });
});

describe('size limit', () => {
  it('should drop the oldest records first and say which', () => {
    const old = seedRecord('001', '2026-01-01T00:00:00.000Z');
    const mid = seedRecord('002', '2026-06-01T00:00:00.000Z');
    const recent = seedRecord('003', '2026-11-01T00:00:00.000Z');
    const all = [mid, old, recent];
    const limit = recordBytes(recent) + recordBytes(mid);
    const out = applySizeLimit(all, limit);
    expect(out.kept.map((r) => r.id)).toEqual([recent.id, mid.id]);
    expect(out.dropped.map((r) => r.id)).toEqual([old.id]);
    expect(out.bytes).toBe(limit);
    expect(applySizeLimit(all, limit - 1).dropped.map((r) => r.id)).toEqual([mid.id, old.id]);
    expect(applySizeLimit(all).dropped).toEqual([]);
    // a newest record larger than the whole limit goes alone, not with every older one (issue 11)
    const huge = { ...seedRecord('004', '2026-12-01T00:00:00.000Z'), narrative: ['长'.repeat(3 * limit)] };
    expect(applySizeLimit([...all, huge], limit).dropped.map((r) => r.id)).toEqual([huge.id, old.id]);
  });
});

describe('findPrevious', () => {
  it('should find last year of the same agency (names normalised), the newest check of it', () => {
    const current = seedRecord('000');
    const a = lastYear({}, { checkedAt: '2026-11-01T00:00:00.000Z' });
    const b = lastYear({ 'requests.carriedForward.natural': 1 }, { checkedAt: '2026-11-10T00:00:00.000Z' });
    const spaced = { ...lastYear({}, { checkedAt: '2026-11-15T00:00:00.000Z' }), agency: '北京市通州区　国资委 ' };
    const twoYearsBack = { ...lastYear({}, { checkedAt: '2026-11-20T00:00:00.000Z' }), year: 2021 };
    const other = { ...seedRecord('002', '2026-11-21T00:00:00.000Z'), year: 2022 };
    expect(findPrevious([a, b, twoYearsBack, other], current)?.id).toBe(b.id);
    expect(findPrevious([a, b, spaced], current)).toBe(spaced);
    expect(findPrevious([current, twoYearsBack, other], current)).toBeNull();
    expect(findPrevious([a], { agency: null, year: 2023 })).toBeNull();
    expect(agencyKey(' 北京市（通州区）\u3000国资委')).toBe('北京市(通州区)国资委');
  });
});

describe('check times with offsets (compared as instants, not as text)', () => {
  // 09:00 in Beijing is 01:00Z: earlier than 05:00Z, though it sorts after it as a string
  const early = '2026-01-02T09:00+08:00';
  const late = '2026-01-02T05:00Z';
  const a = lastYear({}, { checkedAt: early });
  const b = lastYear({ 'requests.carriedForward.natural': 1 }, { checkedAt: late });

  it('should order the imported +08:00 time before the Z time', () => {
    expect(compareCheckedAt({ checkedAt: early }, { checkedAt: late })).toBeLessThan(0);
    expect(compareCheckedAt({ checkedAt: late }, { checkedAt: early })).toBeGreaterThan(0);
    expect(compareCheckedAt({ checkedAt: '2026-01-02T13:00+08:00' }, { checkedAt: late })).toBe(0);
  });

  it('should take the later instant as the newest check in findPrevious and yearOnYear', () => {
    expect(findPrevious([b, a], seedRecord('000'))?.id).toBe(b.id);
    expect(findPrevious([a, b], seedRecord('000'))?.id).toBe(b.id);
    expect(yearOnYear([b, a], a.agency!).years.map((r) => r.id)).toEqual([b.id]);
  });

  it('should drop the earlier instant first under the size limit, from records or from their sizes', () => {
    const limit = Math.max(recordBytes(a), recordBytes(b));
    expect(applySizeLimit([b, a], limit)).toMatchObject({ kept: [b], dropped: [a] });
    expect(idsOverLimit([recordSize(b), recordSize(a)], limit)).toEqual([a.id]);
    expect(idsOverLimit([recordSize(b), recordSize(a)], recordBytes(a) + recordBytes(b))).toEqual([]);
  });
});
