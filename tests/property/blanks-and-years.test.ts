import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requestRows, REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type Format } from '../../lib/model/keys';
import { runRules } from '../../lib/rules/run-rules';
import { makeExtraction } from '../helpers/make-extraction';

/**
 * Issue 19 part 7: reports with blanks, "/", unread cells and the 2019 template under a property. The
 * oracle is counted from the generated cells, never from our reader. Bounded by runs.
 */
type Mark = '' | '/' | 'unread';
const mark = fc.constantFrom<Mark>('', '/', 'unread');

const report = (format: Format) =>
  fc.record({
    requests: fc.uniqueArray(fc.tuple(fc.constantFrom(...requestRows(format)), fc.constantFrom(...REQUEST_COLUMNS), mark), {
      maxLength: 12,
      selector: ([r, c]) => `${r}.${c}`,
    }),
    review: fc.uniqueArray(fc.tuple(fc.constantFrom(...REVIEW_GROUPS), fc.constantFrom(...REVIEW_COLUMNS), mark), {
      maxLength: 8,
      selector: ([r, c]) => `${r}.${c}`,
    }),
  });

function build(format: Format, spec: { requests: [string, string, Mark][]; review: [string, string, Mark][] }) {
  const ex = makeExtraction({ format, year: format === '2019' ? 2020 : 2023 });
  for (const [table, cells] of [
    ['requests', spec.requests],
    ['review', spec.review],
  ] as const)
    for (const [r, c, m] of cells)
      ex.tables[table]![r]![c] =
        m === 'unread' ? { value: null, raw: '1 2', note: 'unread' } : { value: null, raw: m, note: m === '' ? 'blank' : 'not-applicable' };
  return ex;
}

describe('blank, "/" and unread cells (property)', () => {
  for (const format of ['2019', '2021'] as const)
    it(`should count each blank or "/" cell once, and never an unread one (${format})`, () => {
      fc.assert(
        fc.property(report(format), (spec) => {
          const findings = runRules(build(format, spec));
          const info = findings.filter((f) => f.rule === 'blank-cells' && f.severity === 'info');
          const blanks = (cells: [string, string, Mark][]) => cells.filter(([, , m]) => m !== 'unread').length;
          const expected = [blanks(spec.requests), blanks(spec.review)].filter((n) => n > 0);
          expect(info.map((f) => f.actual)).toEqual(expected);
          // an all-zero report with cells taken away: no sum can be proved wrong, so no arithmetic error
          expect(findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
        }),
        { numRuns: 60, seed: 19 },
      );
    });
});

describe('template-year (property)', () => {
  it('should warn exactly when the template and the year disagree', () => {
    fc.assert(
      fc.property(fc.constantFrom<Format>('2019', '2021'), fc.integer({ min: 2015, max: 2030 }), (format, year) => {
        const warned = runRules(makeExtraction({ format, year })).some((f) => f.rule === 'template-year');
        expect(warned).toBe(format === '2019' ? year >= 2021 : year <= 2020);
      }),
      { numRuns: 80, seed: 19 },
    );
  });
});
