import { browser } from 'wxt/browser';
import { type Cohort, correctionsMap } from '#lib/batch';

const KEY = 'cohort-corrections';

/** The user's cohort corrections (agencyKey → cohort) from storage.local; none when unreadable. */
export async function loadCohortCorrections(): Promise<Map<string, Cohort>> {
  try {
    return correctionsMap((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return new Map();
  }
}

/** Sets (or, with null, withdraws) the user's cohort for one agency; returns the corrections now kept. */
export async function saveCohortCorrection(key: string, cohort: Cohort | null): Promise<Map<string, Cohort>> {
  const next = await loadCohortCorrections();
  if (cohort === null) next.delete(key);
  else next.set(key, cohort);
  await browser.storage.local.set({ [KEY]: Object.fromEntries(next) });
  return next;
}
