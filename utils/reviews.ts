import { browser } from 'wxt/browser';
import { reviewKeysToPrune, type StorageError, storageError, type StoredReviews } from '#lib/history';
import { ReviewEntry, Reviews, reviewStorageKey } from '#lib/report';

// Saves run one after another, and a load waits for the saves asked before it: a note typed and then
// "save evidence" clicked at once must be in the evidence file.
let queue: Promise<unknown> = Promise.resolve();

async function read(key: string): Promise<Reviews> {
  const stored = (await browser.storage.local.get(key))[key];
  const parsed = Reviews.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Every report version's decisions in storage.local (its other keys are settings, left alone). */
async function allStored(): Promise<StoredReviews[]> {
  const everything = await browser.storage.local.get(null);
  return Object.entries(everything).flatMap(([key, value]) => {
    if (!key.startsWith('review:')) return [];
    const parsed = Reviews.safeParse(value);
    // a damaged entry takes room too: counted as empty, so it is among the first to go
    return [{ key, reviews: parsed.success ? parsed.data : {} }];
  });
}

/** The decisions kept for one report version (URL + content hash); anything unreadable counts as none. */
export async function loadReviews(url: string, hash: string): Promise<Reviews> {
  await queue.catch(() => undefined);
  return read(reviewStorageKey(url, hash));
}

/** What a save did: the decisions now kept for the version, the older versions removed to make room, or why it failed. */
export interface ReviewSave {
  reviews: Reviews;
  /** report versions whose decisions were removed to stay within the budget (oldest decided first) */
  pruned: number;
  /** set when the decision could not be saved; `reviews` are then those kept before */
  error: StorageError | null;
}

/**
 * Records (or, with null, withdraws) the decision on one finding. When a version gets its first
 * decision and the decisions are over their budget, the versions decided longest ago are removed
 * first, only as many as needed, never this one. A storage
 * error comes back as a value for the interface to show, never as a silent loss.
 */
export function saveReview(url: string, hash: string, findingKey: string, entry: ReviewEntry | null): Promise<ReviewSave> {
  const key = reviewStorageKey(url, hash);
  const run = queue
    .catch(() => undefined)
    .then(async (): Promise<ReviewSave> => {
      const before = await read(key).catch(() => ({}));
      try {
        const next = { ...before };
        if (entry === null) delete next[findingKey];
        else {
          const checked = ReviewEntry.safeParse(entry);
          if (!checked.success) return { reviews: before, pruned: 0, error: null };
          next[findingKey] = checked.data;
        }
        if (Object.keys(next).length === 0) {
          await browser.storage.local.remove(key);
          return { reviews: next, pruned: 0, error: null };
        }
        // the budget is looked at when a version gets its first decision (what adds up over the years),
        // not on every keystroke of a note, which would read all decisions each time
        const prune =
          Object.keys(before).length > 0 ? [] : reviewKeysToPrune([...(await allStored()).filter((s) => s.key !== key), { key, reviews: next }], key);
        if (prune.length > 0) await browser.storage.local.remove(prune);
        await browser.storage.local.set({ [key]: next });
        return { reviews: next, pruned: prune.length, error: null };
      } catch (err) {
        return { reviews: before, pruned: 0, error: storageError(err) };
      }
    });
  queue = run;
  return run;
}

/** How many report versions have decisions kept (what "delete all decisions" would remove). */
export async function countReviewedReports(): Promise<number> {
  await queue.catch(() => undefined);
  return (await allStored()).length;
}

/**
 * Deletes every decision on every report version (the privacy page's "delete all decisions"); the
 * settings kept beside them in storage.local stay. Queued after any save in flight, so none comes back.
 */
export function clearAllReviews(): Promise<number> {
  const run = queue
    .catch(() => undefined)
    .then(async () => {
      const keys = (await allStored()).map((s) => s.key);
      if (keys.length > 0) await browser.storage.local.remove(keys);
      return keys.length;
    });
  queue = run;
  return run;
}

/** A report version whose decisions are looked up: its address and content hash, as the popup and viewer key them. */
export interface ReportVersion {
  url: string;
  hash: string;
}

/**
 * The decisions kept for many report versions in one read (the history's records, a batch's rows), by
 * reviewStorageKey; a version with none is absent, anything unreadable counts as none.
 */
export async function loadReviewsOf(versions: readonly ReportVersion[]): Promise<Map<string, Reviews>> {
  await queue.catch(() => undefined);
  const keys = [...new Set(versions.map((v) => reviewStorageKey(v.url, v.hash)))];
  if (keys.length === 0) return new Map();
  const stored = await browser.storage.local.get(keys);
  return new Map(
    Object.entries(stored).flatMap(([key, value]) => {
      const parsed = Reviews.safeParse(value);
      return parsed.success ? [[key, parsed.data] as const] : [];
    }),
  );
}

/** Calls `changed` when any decision is saved or removed (in the popup, the viewer, the privacy page); returns the unsubscribe. */
export function onReviewsChanged(changed: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('review:'))) changed();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
