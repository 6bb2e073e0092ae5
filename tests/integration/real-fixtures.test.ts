import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeRows } from '../../lib/model/keys';
import { checkCorpusFile, expectedCells, REAL, type CorpusEntry } from '../helpers/corpus';

/**
 * Real reports found in public repositories (tests/fixtures/real, provenance in tests/fixtures/README.md),
 * every cell of 三 and 四 (and 表二) read by hand into expected.json: two Pingtan crawler texts (spaces
 * between some figures only; a decimal fee followed by narrative; a row of 表二 that splits three ways)
 * and the Shanghai 2019 article saved without its page (2019 template, 总计 column left blank).
 */
type Entry = CorpusEntry & {
  published: string;
  format: string;
  active: Record<string, (number | null)[] | null>;
  errors: [string, string][];
  warnings?: [string, string][];
};
const FILES: Record<string, Entry> = JSON.parse(readFileSync(path.join(REAL, 'real/expected.json'), 'utf8')).files;

describe.each(Object.keys(FILES))('real report %s', (file) => {
  const e = FILES[file]!;
  const { report, findings, extraction } = checkCorpusFile(file, REAL);

  it('should read every cell of 三 and 四 as printed, blanks as blanks', () => {
    const got = expectedCells(e).map(([p, want]) => {
      const [table, ...rest] = p.split('.');
      const col = rest.pop()!;
      const c = report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col];
      return [p, c ? c.value : 'not read', want];
    });
    expect(got.filter(([, value, want]) => value !== want)).toEqual([]);
  });

  it('should read table 二 where its figures can be told apart, and leave the rest unread (never another number)', () => {
    for (const spec of activeRows(report.format)) {
      const want = e.active[spec.key];
      if (want === undefined) continue;
      const values = spec.columns.map((c) => report.tables.active?.[spec.key]?.[c.key]?.value ?? null);
      expect([spec.key, values]).toEqual([spec.key, want ?? spec.columns.map(() => null)]);
    }
  });

  it('should read identity, template and date', () => {
    expect([report.agency, report.year, report.format, extraction.published]).toEqual([e.agency, e.year, e.format, e.published]);
  });

  it('should raise the errors and warnings the report deserves, and none on a consistent one', () => {
    const of = (severity: string) => findings.filter((f) => f.severity === severity).map((f) => [f.rule, f.stated[0] ?? f.cells[0]]);
    expect(of('error')).toEqual(e.errors);
    expect(of('warning')).toEqual(e.warnings ?? []);
  });
});
