import * as z from 'zod/mini';
import { FindingSchema } from './model/finding';
import { CanonicalReportSchema, PublicReportSchema } from './model/public-report';
import { ReportVerdictSchema } from './model/verdict';
import { StorageErrorSchema } from './history/storage-error';
import { MAX_TABLE_IMAGES } from './page/table-images';

/**
 * Everything that crosses an extension context (content script ↔ popup ↔ background) is one of these
 * schemas and is `safeParse`d on receipt. zod/mini keeps the content script small (it loads on every
 * gov.cn page).
 */

/** popup → content: the report of this page (`force` checks a page detection did not recognise). */
export const GetReportRequest = z.object({ type: z.literal('get-report'), force: z.optional(z.boolean()) });
/** popup → content: outline the cells of finding `index` (or none: clear). */
export const HighlightRequest = z.object({ type: z.literal('highlight'), index: z.nullable(z.number()) });
/** popup → content: a picture of finding `index`'s cells drawn from the page layout (evidence file). */
export const SnapshotRequest = z.object({ type: z.literal('snapshot'), index: z.number() });
export const SnapshotResponse = z.object({ dataUrl: z.nullable(z.string()) });
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;
/** popup → content: outline a finding the page did not make itself (a cross-year finding on this year's cells). */
export const OutlineRequest = z.object({ type: z.literal('outline'), finding: FindingSchema });
export const ContentRequest = z.discriminatedUnion('type', [GetReportRequest, HighlightRequest, SnapshotRequest, OutlineRequest]);
export type ContentRequest = z.infer<typeof ContentRequest>;

/** batch page → content: the links of this list page (年报栏目) that look like reports (lib/batch/list-links.ts). */
export const ListLinksRequest = z.object({ type: z.literal('list-links') });
export const ListLinksResponse = z.object({
  url: z.string(),
  title: z.string(),
  links: z.array(z.object({ url: z.string(), text: z.string(), year: z.nullable(z.number()), attachment: z.boolean() })),
  // the list's next page (下一页), where the column runs over several pages
  next: z.optional(z.nullable(z.string())),
});
export type ListLinksResponse = z.infer<typeof ListLinksResponse>;

/** Pictures of a page's tables (lib/page/table-images.ts): the popup → viewer's `images` parameter, as JSON. */
export const TableImagesSchema = z
  .array(z.object({ src: z.string().check(z.regex(/^https?:\/\//)), shown: z.number().check(z.nonnegative()) }))
  .check(z.maxLength(MAX_TABLE_IMAGES));
export type TableImages = z.infer<typeof TableImagesSchema>;

export const GetReportResponse = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    url: z.string(),
    report: PublicReportSchema,
    // for the local history: the narrative lines (copy-paste check X-3) and sha256Hex(contentText(extraction))
    narrative: z.optional(z.array(z.string())),
    hash: z.optional(z.string()),
    // the report's attachments (PDF/Word), for "check the attachment": named ones, or all when no table was read
    attachments: z.optional(z.array(z.object({ href: z.string(), text: z.string() }))),
    // pictures that may be the tables not read (lib/page/table-images.ts), for the viewer's OCR
    images: z.optional(TableImagesSchema),
  }),
  z.object({
    status: z.literal('not-a-report'),
    url: z.string(),
    reasons: z.array(z.string()),
    attachments: z.array(z.object({ href: z.string(), text: z.string() })),
  }),
  z.object({ status: z.literal('error'), message: z.string() }),
]);
export type GetReportResponse = z.infer<typeof GetReportResponse>;

export const HighlightResponse = z.object({ outlined: z.number(), missing: z.array(z.string()) });
export type HighlightResponse = z.infer<typeof HighlightResponse>;

/** detector → background: this page is a report; inject the checker (entrypoints/checker.content). */
export const ReportDetected = z.object({ type: z.literal('report-detected') });
/** checker → background: the check the detector asked for failed; the badge's `…` (checking) is taken away. */
export const CheckFailed = z.object({ type: z.literal('check-failed') });
export type CheckFailed = z.infer<typeof CheckFailed>;

/** content → background: what the toolbar badge shows for this tab. */
export const ReportSummary = z.object({
  type: z.literal('report-summary'),
  isReport: z.boolean(),
  /** the report's verdict (lib/report/report-verdict.ts), before the auditor's decisions */
  verdict: ReportVerdictSchema,
  /**
   * the report version (the page's address and content hash, as the popup keys the decisions): where
   * decisions are kept for it, the background sets the badge from them (a page seen again after a 驳回)
   */
  version: z.optional(z.object({ url: z.string(), hash: z.string() })),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

/**
 * popup → background: the auditor's decisions on tab `tabId`'s report changed; the background sets its
 * badge and tooltip again from the decisions kept (the one path by which a 驳回 reaches the toolbar).
 */
export const BadgeVerdictRequest = z.object({ type: z.literal('badge-verdict'), tabId: z.int().check(z.nonnegative()) });
export type BadgeVerdictRequest = z.infer<typeof BadgeVerdictRequest>;

/**
 * content → background: keep this checked report in the local history (the content script cannot
 * reach the extension's IndexedDB; the background builds the record with buildRecord and stores it).
 */
export const RecordReportRequest = z.object({
  type: z.literal('record-report'),
  url: z.string().check(z.minLength(1)),
  report: CanonicalReportSchema,
  narrative: z.array(z.string()),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type RecordReportRequest = z.infer<typeof RecordReportRequest>;

/**
 * extension page (popup, viewer, batch) → background: keep this checked report in the local history.
 * The background is the history's only writer: it builds the record with buildRecord, checks it against
 * HistoryRecordSchema and stores it. The address is the page's to give (an attachment's link, a file's
 * name): only the extension's own pages are heard.
 */
export const PutRecordRequest = z.object({
  type: z.literal('put-record'),
  url: z.string().check(z.minLength(1)),
  report: CanonicalReportSchema,
  narrative: z.array(z.string()),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type PutRecordRequest = z.infer<typeof PutRecordRequest>;

/** background → page: the record kept (with how many old ones were dropped for room, or it refused as too big), or why not. */
export const PutRecordResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), dropped: z.int().check(z.nonnegative()), refused: z.boolean() }),
  z.object({ status: z.literal('error'), error: StorageErrorSchema }),
]);
export type PutRecordResponse = z.infer<typeof PutRecordResponse>;
