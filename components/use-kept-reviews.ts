import { useEffect, useState } from 'preact/hooks';
import { type Reviews, reviewStorageKey } from '#lib/report';
import { loadReviewsOf, onReviewsChanged, type ReportVersion } from '@/utils/reviews';

/**
 * The auditor's decisions on many report versions (the history's records, a batch's rows), read from
 * where the popup and viewer keep them and read again whenever a decision changes anywhere, so a
 * finding dismissed (驳回) in the popup is counted here too. Undefined for a version with none.
 */
export function useKeptReviews(versions: readonly ReportVersion[]): (version: ReportVersion) => Reviews | undefined {
  const [kept, setKept] = useState<Map<string, Reviews>>(new Map());
  // one dependency for the set of versions, whatever array holds them
  const keys = versions.map((v) => reviewStorageKey(v.url, v.hash)).join('\n');
  useEffect(() => {
    let live = true;
    const load = () =>
      void loadReviewsOf(versions).then(
        (m) => live && setKept(m),
        () => undefined,
      );
    load();
    const stop = onReviewsChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, [keys]);
  return (v) => kept.get(reviewStorageKey(v.url, v.hash));
}
