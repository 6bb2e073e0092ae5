import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_COLUMNS, REVIEW_COLUMNS } from '../../lib/model/keys';
import { checkText } from '../../lib/pipeline';
import { consistentReport, type Values } from '../helpers/arbitrary-report';
import { figureChanges } from '../helpers/crawler-mutants';
import { renderRunTogether } from '../helpers/render-run-together';

/** Every figure of 三 and 四 of a report as [table, row, column]. */
function figures(v: Values): ['requests' | 'review', string, string][] {
  return [
    ...Object.keys(v.requests).flatMap((row) => REQUEST_COLUMNS.map((c) => ['requests', row, c] as ['requests', string, string])),
    ...Object.keys(v.review).flatMap((g) => REVIEW_COLUMNS.map((c) => ['review', g, c] as ['review', string, string])),
  ];
}

describe('random reports with one figure changed, cells run together (issue 15)', () => {
  // a fixed sample (seeded): figures up to 3000, so rows of many digits whose splits are too many to list
  const samples = fc.sample(fc.tuple(consistentReport, fc.nat(), fc.nat(), fc.array(fc.boolean(), { minLength: 300, maxLength: 300 })), {
    numRuns: 150,
    seed: 15,
  });

  it('should report the changed cell in an error and show no number that is not printed', () => {
    let tried = 0;
    let caught = 0;
    const wrong: string[] = [];
    for (const [v, at, pick, spaces] of samples) {
      const all = figures(v);
      const [table, row, col] = all[at % all.length]!;
      const changes = figureChanges(v[table][row]![col]!);
      if (changes.length === 0) continue;
      const mutant = structuredClone(v);
      mutant[table][row]![col] = Number(changes[pick % changes.length]);
      const { report, findings } = checkText(
        renderRunTogether(mutant, (i) => (spaces[i % spaces.length] ? ' ' : '')),
        'prop',
      );
      for (const [t, r, c] of all) {
        const got = report.tables[t]?.[r]?.[c]?.value;
        if (got !== null && got !== undefined && got !== mutant[t][r]![c]) wrong.push(`${t}.${r}.${c}: read ${got}, printed ${mutant[t][r]![c]}`);
      }
      tried++;
      if (findings.some((f) => f.severity === 'error' && f.cells.includes(`${table}.${row}.${col}`))) caught++;
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(120);
    expect(caught / tried).toBeGreaterThanOrEqual(0.97);
  });
});
