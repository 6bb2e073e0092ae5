import { describe, expect, it } from 'vitest';
import { tableMissing } from '../../../lib/rules/table-missing';
import { seedText } from '../../helpers/seeds';
import { SEED } from './seed-table';
import { findingsOn, formRendered } from './seed-form';
import { problemKinds, WITH_PROBLEMS } from './other-problems';

/** table-missing (D-1) on seed 004 (real, its three tables read in full), a table's lines cut out. */
const lines = seedText(SEED).split('\n');
/** seed 004 without its lines from the one starting with `from` up to the one starting with `to` */
const cut = (from: string, to: string) => {
  const i = lines.findIndex((l) => l.startsWith(from));
  const j = lines.findIndex((l) => l.startsWith(to));
  if (i < 0 || j < i) throw new Error(`${from}…${to} not found`);
  return [...lines.slice(0, i), ...lines.slice(j)].join('\n');
};
const missing = (text: string, exEdit?: Parameters<typeof findingsOn>[2]) => findingsOn('table-missing', text, exEdit);

describe('table-missing on seed 004', () => {
  it('should find nothing in the report as printed', () => {
    expect(missing(seedText(SEED))).toEqual([]);
  });

  it('should name table 四 or table 三 when its section is cut out', () => {
    expect(missing(cut('四、政府信息公开行政复议', '五、'))).toEqual([['missing', 'warning', { table: 'review' }, null]]);
    expect(missing(cut('三、收到和处理', '四、政府信息公开行政复议'))).toEqual([['missing', 'warning', { table: 'requests' }, null]]);
  });

  it('should say no table was read when none was and the template is not known, and not when one table was', () => {
    const none = (ex: Parameters<NonNullable<Parameters<typeof findingsOn>[2]>>[0]) => {
      ex.format = 'unknown';
      ex.tables = { active: null, requests: null, review: null };
    };
    expect(missing(seedText(SEED), none)).toEqual([['no-table', 'warning', {}, null]]);
    for (const table of ['active', 'requests', 'review'] as const) {
      const kept = seedText(SEED);
      expect(
        missing(kept, (ex) => {
          const t = ex.tables[table];
          none(ex);
          ex.tables[table] = t as never;
        }),
      ).toEqual([]);
    }
    // a known template with no table: the extractor names each one missing instead
    expect(missing(seedText(SEED), (ex) => void (ex.tables = { active: null, requests: null, review: null }))).toEqual([]);
  });

  it('should say in Chinese which table was not found (seed 000, its table 四 cut out)', () => {
    const cutReview = (t: string) => {
      const all = t.split('\n');
      const i = all.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
      const j = all.findIndex((l) => l.startsWith('五、'));
      if (i < 0 || j < i) throw new Error('section 四 not found in seed 000');
      return [...all.slice(0, i), ...all.slice(j)].join('\n');
    };
    expect(formRendered('table-missing', cutReview)).toEqual(['未找到表四（行政复议、行政诉讼），或其不可读取']);
  });

  it('should be a warning of clause D-1 under its own id', () => {
    expect([tableMissing.id, tableMissing.severity, tableMissing.clause]).toEqual(['table-missing', 'warning', 'D-1']);
  });

  it('should say nothing of the other problems of real reports', () => {
    for (const text of Object.values(WITH_PROBLEMS)) {
      expect(problemKinds(text)).not.toEqual([]);
      expect(missing(text)).toEqual([]);
    }
  });
});
