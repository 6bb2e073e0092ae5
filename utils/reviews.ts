import { browser } from 'wxt/browser';
import { ReviewEntry, Reviews, reviewStorageKey } from '@/lib/review/review';

/** The decisions kept for one report version (URL + content hash); anything unreadable counts as none. */
export async function loadReviews(url: string, hash: string): Promise<Reviews> {
  const key = reviewStorageKey(url, hash);
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = Reviews.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Records (or, with null, withdraws) the decision on one finding; returns all decisions now kept. */
export async function saveReview(url: string, hash: string, findingKey: string, entry: ReviewEntry | null): Promise<Reviews> {
  const key = reviewStorageKey(url, hash);
  const next = { ...(await loadReviews(url, hash)) };
  if (entry === null) delete next[findingKey];
  else {
    const checked = ReviewEntry.safeParse(entry);
    if (!checked.success) return next;
    next[findingKey] = checked.data;
  }
  if (Object.keys(next).length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: next });
  return next;
}
