import type { FullExtraction } from '../../extract/map/build-extraction';

/**
 * How many independent kinds of sentence (统计期限, the report naming itself, the subject year) must state a
 * year no title gives before a rule warns on it: one alone is a guess (a 2021 report whose only year-like
 * sentence is wrong, or read wrong, would get report-year and template-year warnings resting on nothing).
 */
export const PROVEN_BY = 2;

/**
 * The reporting year a rule may rest a warning on: the title's, or a body's inferred year that at least
 * two independent kinds of sentence state; null otherwise (no year, or only a guess).
 * @example trustedYear({ year: 2021, yearBasis: { from: 'body', agreeing: ['period'] } }) → null
 */
export function trustedYear(ex: Pick<FullExtraction, 'year' | 'yearBasis'>): number | null {
  // a null year needs no test of its own: whatever the basis, what is returned is that null
  if (ex.yearBasis === null) return null;
  if (ex.yearBasis.from === 'title') return ex.year;
  return ex.yearBasis.agreeing.length >= PROVEN_BY ? ex.year : null;
}
