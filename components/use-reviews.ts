import { useEffect, useState } from 'preact/hooks';
import type { ReviewEntry, Reviews } from '#lib/report';
import { loadReviews, saveReview, type ReviewSave } from '@/utils/reviews';
import type { ReviewHandle } from './FindingList';

/**
 * The auditor's decisions on one version of a report (its URL and content hash), restored when it is
 * shown again and saved as they are made; undefined while the version is not known. The last save's
 * problem (not saved, or older decisions removed for room) stays on screen until the next save.
 * `onSaved` runs after each save that went through (the popup then has the toolbar badge counted again).
 */
export function useReviews(url: string | null, hash: string | null, onSaved?: () => void): ReviewHandle | undefined {
  const [reviews, setReviews] = useState<Reviews>({});
  const [last, setLast] = useState<Pick<ReviewSave, 'error' | 'pruned'>>({ error: null, pruned: 0 });
  useEffect(() => {
    setReviews({});
    setLast({ error: null, pruned: 0 });
    if (url !== null && hash) void loadReviews(url, hash).then(setReviews, () => setReviews({}));
  }, [url, hash]);
  if (url === null || !hash) return undefined;
  const set = (key: string, entry: ReviewEntry | null) =>
    void saveReview(url, hash, key, entry).then((saved) => {
      setReviews(saved.reviews);
      setLast({ error: saved.error, pruned: saved.pruned });
      if (!saved.error) onSaved?.();
    });
  return { reviews, set, ...last };
}
