import type { FullExtraction } from '../../extract/map/build-extraction';

/**
 * True when a reading limit cut the narrative (a PDF's pages, a page's text): a rule about what the
 * narrative does not say (a missing section, no fee statement) then abstains, since the rest was not read.
 */
export function narrativeCut(ex: Pick<FullExtraction, 'problems'>): boolean {
  // only an input-capped problem carries `narrative`
  return ex.problems.some((p) => p.narrative === true);
}
