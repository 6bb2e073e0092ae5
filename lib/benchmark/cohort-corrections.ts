import * as z from 'zod/mini';
import { COHORTS, type Cohort } from './cohort';

/**
 * The user's corrections of agencies' cohorts, kept in extension storage: agencyKey → cohort. Read with
 * safeParse; anything unreadable counts as no correction.
 */
export const CohortCorrections = z.record(z.string().check(z.maxLength(500)), z.enum(COHORTS));
export type CohortCorrections = z.infer<typeof CohortCorrections>;

/** The stored value as the map benchmark() takes. */
export function correctionsMap(stored: unknown): Map<string, Cohort> {
  const parsed = CohortCorrections.safeParse(stored ?? {});
  return new Map(parsed.success ? Object.entries(parsed.data) : []);
}
