import * as z from 'zod/mini';
import { sha256Hex } from '../text/content-hash';
import type { CanonicalFinding } from '../model/public-report';
import type { Reviews } from './review';

/** Where a confirmed finding's correction stands, as the auditor sets it. */
export const RECTIFICATION_STATUSES = ['pending', 'inProgress', 'done', 'notNeeded'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_STATUS_NAMES = {
  zh: { pending: '待整改', inProgress: '整改中', done: '已整改', notNeeded: '无需整改' },
  en: { pending: 'To do', inProgress: 'In progress', done: 'Done', notNeeded: 'Not needed' },
} as const;

/** The auditor's entry for one confirmed finding: 责任单位 (the agency unless changed), 整改期限, status, note. */
export const RectificationEntry = z.object({
  unit: z.string().check(z.maxLength(500)),
  deadline: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  status: z.enum(RECTIFICATION_STATUSES),
  note: z.string().check(z.maxLength(2000)),
  updatedAt: z.string().check(z.maxLength(40)),
});
export type RectificationEntry = z.infer<typeof RectificationEntry>;

/** Every entry, keyed by rectificationKey (report version and finding). */
export const Rectifications = z.record(z.string().check(z.maxLength(5000)), RectificationEntry);
export type Rectifications = z.infer<typeof Rectifications>;

/** The key of one finding of one report version: the decisions' key (reviewStorageKey's parts) and the findingKey. */
export function rectificationKey(url: string, hash: string, findingKey: string): string {
  return `${hash}:${url}#${findingKey}`;
}

/** The stored entries; anything unreadable counts as none (safeParse on read). */
export function parseRectifications(stored: unknown): Rectifications {
  const parsed = Rectifications.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * The findingKey (lib/review/review.ts) of a finding known only from its public form (a history record
 * keeps no details): rule, cells and figures, and, for a finding about the narrative, the hash of what it
 * quotes and says — recovered from its message (`…。原文：“quote”`) and tried against the decisions kept.
 * Null when no decision matches.
 */
export function publicFindingKey(f: CanonicalFinding, reviews: Reviews): string | null {
  const base = `${f.rule}|${f.cells.join(',')}|${f.expected ?? ''}|${f.actual ?? ''}|`;
  const m = /^([\s\S]*?)。原文：“([\s\S]*)”$/.exec(f.message);
  const [text, quote] = m ? [m[1] ?? '', m[2] ?? ''] : [f.message, ''];
  const abouts = ['', sha256Hex(`${quote}|${text}`).slice(0, 16), sha256Hex(`${quote}|`).slice(0, 16), sha256Hex(`|${f.message}`).slice(0, 16)];
  return abouts.map((a) => base + a).find((k) => reviews[k]) ?? null;
}

/** One report version whose confirmed findings go on the list. `findingKeys` where known (a batch row), else recovered. */
export interface RectificationSource {
  url: string;
  hash: string;
  agency: string | null;
  year: number | null;
  title: string | null;
  findings: readonly CanonicalFinding[];
  findingKeys?: readonly string[];
  reviews: Reviews;
}

/** One line of the 整改 list. */
export interface RectificationRow {
  key: string;
  url: string;
  agency: string;
  year: number | null;
  rule: string;
  severity: CanonicalFinding['severity'];
  message: string;
  reviewNote: string;
  confirmedAt: string;
  entry: RectificationEntry;
}

/**
 * The 整改 list: one line per finding the auditor confirmed (确认), with its 责任单位 (the agency, unless the
 * auditor named another), deadline, status and note as stored (pending, no deadline, until set).
 */
export function rectificationRows(sources: readonly RectificationSource[], stored: Rectifications): RectificationRow[] {
  const out: RectificationRow[] = [];
  for (const s of sources)
    s.findings.forEach((f, i) => {
      const findingKey = s.findingKeys?.[i] ?? publicFindingKey(f, s.reviews);
      const review = findingKey ? s.reviews[findingKey] : undefined;
      if (!findingKey || review?.status !== 'confirmed') return;
      const key = rectificationKey(s.url, s.hash, findingKey);
      const agency = s.agency ?? s.title ?? s.url;
      out.push({
        key,
        url: s.url,
        agency,
        year: s.year,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        reviewNote: review.note,
        confirmedAt: review.at,
        entry: stored[key] ?? { unit: agency, deadline: '', status: 'pending', note: '', updatedAt: '' },
      });
    });
  return out;
}
