import { browser } from 'wxt/browser';
import { ReviewEntry, Reviews, reviewStorageKey } from '@/lib/review/review';

// Saves run one after another, and a load waits for the saves asked before it: a note typed and then
// "save evidence" clicked at once must be in the evidence file.
let queue: Promise<unknown> = Promise.resolve();

async function read(key: string): Promise<Reviews> {
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = Reviews.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** The decisions kept for one report version (URL + content hash); anything unreadable counts as none. */
export async function loadReviews(url: string, hash: string): Promise<Reviews> {
  await queue.catch(() => undefined);
  return read(reviewStorageKey(url, hash));
}

/** Records (or, with null, withdraws) the decision on one finding; returns all decisions now kept. */
export function saveReview(url: string, hash: string, findingKey: string, entry: ReviewEntry | null): Promise<Reviews> {
  const key = reviewStorageKey(url, hash);
  const run = queue.catch(() => undefined).then(async () => {
    const next = { ...(await read(key)) };
    if (entry === null) delete next[findingKey];
    else {
      const checked = ReviewEntry.safeParse(entry);
      if (!checked.success) return next;
      next[findingKey] = checked.data;
    }
    if (Object.keys(next).length === 0) await browser.storage.local.remove(key);
    else await browser.storage.local.set({ [key]: next });
    return next;
  });
  queue = run;
  return run;
}
