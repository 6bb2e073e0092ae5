import * as z from 'zod/mini';
import type { Finding } from '../model/finding';
import { sha256Hex } from '../report/content-hash';
import { noteText } from '../report/render-finding';
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

/** The part of a finding that identifies it. */
export type KeyedFinding = Pick<Finding, 'rule' | 'code' | 'cells' | 'expected' | 'actual' | 'detail'>;

/**
 * What identifies a finding across visits: rule, cells, the two figures and, for a finding about the
 * narrative, what it says and the sentence it quotes (one sentence can hold two copy-paste traces:
 * 在县…指导下 and 我镇), hashed short. A decision is tied to the finding, so a change of tool version
 * that rewords a narrative note starts it afresh rather than attach it to another finding.
 */
export function findingKey(f: KeyedFinding): string {
  const d = f.detail;
  // a note is known by its Chinese words (as findings were before they carried codes, so decisions made then still apply)
  const quote = d.kind === 'note' || d.kind === 'compare' ? d.quote : undefined;
  const about = d.kind !== 'note' && quote === undefined ? '' : sha256Hex(`${quote ?? ''}|${noteText(f, 'zh')}`).slice(0, 16);
  return `${f.rule}|${f.cells.join(',')}|${f.expected ?? ''}|${f.actual ?? ''}|${about}`;
}

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

/**
 * The public report with each finding's decision attached (`review: {status, note, at}`), for the
 * JSON exports and the evidence file. `findings` are the checked findings the public ones were made
 * from, in the same order (toPublicReport keeps it). Findings without a decision are left as they are.
 */
export function withReviews<R extends { findings: object[] }>(report: R, findings: readonly KeyedFinding[], reviews: Reviews): R {
  return {
    ...report,
    findings: report.findings.map((f, i) => {
      const entry = findings[i] && reviews[findingKey(findings[i])];
      return entry ? { ...f, review: entry } : f;
    }),
  };
}
