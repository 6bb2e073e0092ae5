import { describe, expect, it } from 'vitest';
import { HistoryRecordSchema } from '../../../../lib/model/history-record';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { countyRecord } from '../../../helpers/county-history';
import { generateCounty } from '../../../helpers/generate-county';
import { distinct, lastYear, thisYear } from './last-year';

/**
 * runCrossYear, every cross-year rule together, on two consistent years. Each rule's own boundaries are in
 * its own file (cross-year-<rule>.test.ts).
 */
describe('runCrossYear on seed 000 (this year) against a last year built from it', () => {
  it('should find nothing when last year carried forward what this year carried over and the documents add up', () => {
    const previous = lastYear(distinct);
    expect(HistoryRecordSchema.safeParse(previous).success).toBe(true);
    expect(runCrossYear(thisYear(), previous)).toEqual([]);
  });
});

describe('runCrossYear on a generated county (two years, real layouts)', () => {
  const county = generateCounty();
  const of = (agency: string, year: number) => county.find((r) => r.agency === agency && r.year === year)!;

  it('should say nothing between two consistent years of the generated county beyond what the figures themselves hold', () => {
    // every agency: the carry-over and documents in force hold by construction
    for (const r of county.filter((x) => x.year === 2024)) {
      const found = runCrossYear({ report: countyRecord(r).report, narrative: [] }, countyRecord(of(r.agency, 2023)));
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});
