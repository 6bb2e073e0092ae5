import * as z from 'zod/mini';
import type { Lang } from '../model/lang';

/**
 * An auditor's decision on one finding: confirmed (it goes in the working papers) or dismissed (with
 * the reason in the note, e.g. "清理后调整，见正文"). Kept per URL and content hash, so a decision
 * made on one version of a report is not carried over to an edited one.
 */
export const ReviewEntry = z.object({
  status: z.enum(['confirmed', 'dismissed']),
  note: z.string().check(z.maxLength(2000)),
  at: z.string(),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** findingKey → decision, for one report version. */
export const Reviews = z.record(z.string(), ReviewEntry);
export type Reviews = z.infer<typeof Reviews>;

/** The storage key of one report version's decisions. */
export function reviewStorageKey(url: string, hash: string): string {
  return `review:${hash}:${url}`;
}

export const REVIEW_LABELS = {
  zh: { confirmed: '已确认', dismissed: '已驳回' },
  en: { confirmed: 'Confirmed', dismissed: 'Dismissed' },
} as const;

/** The decision as words for a report or an export: "已驳回：清理后调整". */
export function reviewText(entry: ReviewEntry | undefined, lang: Lang): string {
  if (!entry) return '';
  const label = REVIEW_LABELS[lang][entry.status];
  return entry.note ? `${label}${lang === 'zh' ? '：' : ': '}${entry.note}` : label;
}
