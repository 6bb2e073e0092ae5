import { splitBySize } from './size-limit';
import type { Reviews } from '../review/review';

/**
 * 4 MB of decisions (a decision is about 100 bytes, a note at most 2,000 characters): tens of
 * thousands of findings, well inside storage.local's 10 MB, which the extension shares with its settings.
 */
export const REVIEWS_BUDGET_BYTES = 4 * 1024 * 1024;

/** One report version's decisions as stored: its storage key (reviewStorageKey) and its entries. */
export interface StoredReviews {
  key: string;
  reviews: Reviews;
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** The time of a version's latest decision: a version looked at recently is kept over one left for years. */
function latest(reviews: Reviews): string {
  let at = '';
  for (const e of Object.values(reviews)) if (at === '' || Date.parse(e.at) > Date.parse(at)) at = e.at;
  return at;
}

/** Newer than any decision: the version being saved sorts first. */
const NOW_AND_LATER = '9999-12-31T23:59:59Z';

/**
 * The keys of the report versions to remove so that all decisions fit in `budget` bytes: the versions
 * whose latest decision is oldest go first, and only as many as needed (the history's size rule,
 * splitBySize). `keep`, the version being saved, is never removed, whatever its date.
 * @example reviewKeysToPrune([{ key: 'review:a', reviews: old }, { key: 'review:b', reviews: recent }], 'review:b', 10) → ['review:a']
 */
export function reviewKeysToPrune(stored: readonly StoredReviews[], keep: string, budget = REVIEWS_BUDGET_BYTES): string[] {
  const items = stored.map((s) => ({
    key: s.key,
    checkedAt: s.key === keep ? NOW_AND_LATER : latest(s.reviews),
    size: bytes(s.key) + bytes(JSON.stringify(s.reviews)),
  }));
  if (items.reduce((n, i) => n + i.size, 0) <= budget) return [];
  return splitBySize(items, (i) => i.size, budget)
    .dropped.map((i) => i.key)
    .filter((k) => k !== keep);
}
