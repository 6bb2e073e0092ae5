import { useEffect, useState } from 'preact/hooks';
import type { ReviewEntry, Reviews } from '@/lib/review/review';
import { loadReviews, saveReview } from '@/utils/reviews';
import type { ReviewHandle } from './FindingList';

/**
 * The auditor's decisions on one version of a report (its URL and content hash), restored when it is
 * shown again and saved as they are made; undefined while the version is not known.
 */
export function useReviews(url: string | null, hash: string | null): ReviewHandle | undefined {
  const [reviews, setReviews] = useState<Reviews>({});
  useEffect(() => {
    setReviews({});
    if (url !== null && hash) void loadReviews(url, hash).then(setReviews, () => setReviews({}));
  }, [url, hash]);
  if (url === null || !hash) return undefined;
  return { reviews, set: (key: string, entry: ReviewEntry | null) => void saveReview(url, hash, key, entry).then(setReviews) };
}
