import type { BatchRow } from '../batch/batch-row';
import type { Lang } from '../model/lang';
import { REVIEW_LABELS, type Reviews } from '../review/review';
import type { ReviewLookup } from './batch-csv';

/**
 * The decision on each finding of a batch's rows, from the decisions kept for each row's report version
 * (`reviewsOf`, keyed as the popup and viewer key them: the row's URL and hash) looked up by the row's
 * own finding keys: what the grid, its verdicts and every export count a dismissed (驳回) finding by.
 * @example reviewLookup((r) => kept.get(r), 'zh')(row, 3) → { status: '已驳回', note: '', dismissed: true }
 */
export function reviewLookup(reviewsOf: (row: BatchRow) => Reviews | undefined, lang: Lang): ReviewLookup {
  return (row, index) => {
    const entry = reviewsOf(row)?.[row.findingKeys[index] ?? ''];
    return entry ? { status: REVIEW_LABELS[lang][entry.status], note: entry.note, dismissed: entry.status === 'dismissed' } : undefined;
  };
}
