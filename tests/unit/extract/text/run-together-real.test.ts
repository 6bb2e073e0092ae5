import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeRows } from '../../../../lib/model/keys';
import { checkCorpusFile, CORPUS, EXPECTED, expectedCells, REAL, type CorpusEntry } from '../../../helpers/corpus';

/**
 * Every real crawler text (cells run together) of tests/fixtures/corpus/text and tests/fixtures/real, read by
 * the run-together reader through the pipeline against the cells read by hand (expected.json of each folder):
 * the reader's own test on real input, where the integration suites (real-corpus, real-fixtures) run too
 * slowly for `npm run mutation`'s test set. Provenance of each file in tests/fixtures/README.md.
 */
type RealEntry = CorpusEntry & { active?: Record<string, (number | null)[] | null> };
const REAL_FILES: Record<string, RealEntry> = JSON.parse(readFileSync(path.join(REAL, 'real/expected.json'), 'utf8')).files;
const FILES: [string, string, RealEntry][] = [
  ...Object.entries(EXPECTED)
    .filter(([f]) => f.startsWith('text/'))
    .map(([f, e]): [string, string, RealEntry] => [f, CORPUS, e]),
  ...Object.entries(REAL_FILES)
    .filter(([f]) => f.endsWith('.txt'))
    .map(([f, e]): [string, string, RealEntry] => [f, REAL, e]),
];

describe.each(FILES)('run-together crawler text %s', (file, dir, e) => {
  // read inside each test: what a test reads while collected is no test's coverage (Stryker's perTest analysis)
  it('should read every cell of 三 and 四 as printed, with no label missed and nothing of them left unread', () => {
    const { report, extraction } = checkCorpusFile(file, dir);
    const unread = extraction.problems.filter((p) => p.kind === 'cells-unread' && p.table !== 'active');
    expect(unread).toEqual([]);
    const wrong = expectedCells(e).flatMap(([p, want]) => {
      const [table, ...rest] = p.split('.');
      const col = rest.pop() ?? '';
      const c = report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col];
      const got = c ? c.value : 'not read';
      return got === want ? [] : [[p, got, want]];
    });
    expect(wrong).toEqual([]);
  });

  it.runIf(e.active)('should read 表二 where its figures can be told apart, and leave the rest unread', () => {
    const { report } = checkCorpusFile(file, dir);
    for (const spec of activeRows(report.format)) {
      const want = e.active?.[spec.key];
      if (want === undefined) continue;
      const values = spec.columns.map((c) => report.tables.active?.[spec.key]?.[c.key]?.value ?? null);
      expect([spec.key, values]).toEqual([spec.key, want ?? spec.columns.map(() => null)]);
    }
  });
});
