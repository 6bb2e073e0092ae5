import * as z from 'zod/mini';
import { PublicReportSchema } from '../messages';

/** The version of the stored record. A new version adds one function to MIGRATIONS (migrate-record.ts). */
export const HISTORY_SCHEMA_VERSION = 1;

export const VERDICTS = ['error', 'warning', 'ok', 'partial', 'unreadable'] as const;
export type Verdict = (typeof VERDICTS)[number];

const count = z.int().check(z.nonnegative());

/**
 * One checked report as kept in the local history (IndexedDB in the extension, a JSON file when
 * exported). The id is `${url}#${hash}`: the same report seen again on the same URL is one record,
 * while a report the portal corrected later is a second one.
 */
export const HistoryRecordSchema = z
  .object({
    schemaVersion: z.literal(HISTORY_SCHEMA_VERSION),
    id: z.string(),
    url: z.string().check(z.minLength(1)),
    /** SHA-256 hex of the report's content text (or of the attachment's bytes) */
    hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    checkedAt: z.iso.datetime({ offset: true }),
    agency: z.nullable(z.string()),
    year: z.nullable(z.int()),
    title: z.nullable(z.string()),
    format: z.enum(['2021', '2019', 'unknown']),
    verdict: z.enum(VERDICTS),
    counts: z.object({ error: count, warning: count, info: count }),
    /** the canonical report of output.md */
    report: PublicReportSchema,
    /** the narrative lines (tables excluded), for the copy-paste check X-3 */
    narrative: z.array(z.string()),
  })
  .check(z.refine((r) => r.id === `${r.url}#${r.hash}`, { message: 'id must be `${url}#${hash}`', path: ['id'] }));

export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;
