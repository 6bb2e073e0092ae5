import * as z from 'zod/mini';
import { CanonicalReportSchema } from './public-report';
import { VerdictSchema } from './verdict';

/** The version of the stored record. A new version adds one function to MIGRATIONS (migrate-record.ts). */
export const HISTORY_SCHEMA_VERSION = 1;

const count = z.int().check(z.nonnegative());

/**
 * A report's address as kept: an http(s) URL, or the name of a file opened from disk (no scheme). A
 * record read from an import file can carry anything: a `javascript:` or `data:` address would become a
 * live link on the history page, so any other scheme is refused.
 */
const address = z.string().check(
  z.minLength(1),
  z.maxLength(4096),
  z.refine((u) => /^https?:\/\//i.test(u) || !/^[a-z][a-z0-9+.-]*:/i.test(u), { message: 'only http(s) addresses or file names' }),
);
const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * One checked report as kept in the local history (IndexedDB in the extension, a JSON file when
 * exported). The id is `${url}#${hash}`: the same report seen again on the same URL is one record,
 * while a report the portal corrected later is a second one.
 */
export const HistoryRecordSchema = z
  .object({
    schemaVersion: z.literal(HISTORY_SCHEMA_VERSION),
    id: z.string().check(z.maxLength(4200)),
    url: address,
    /** SHA-256 hex of the report's content text (or of the attachment's bytes) */
    hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    checkedAt: z.iso.datetime({ offset: true }),
    agency: z.nullable(text(500)),
    year: z.nullable(z.int()),
    title: z.nullable(text(1000)),
    format: z.enum(['2021', '2019', 'unknown']),
    verdict: VerdictSchema,
    counts: z.object({ error: count, warning: count, info: count }),
    /** the canonical report of output.md */
    report: CanonicalReportSchema,
    /** the narrative lines (tables excluded), for the copy-paste check X-3 */
    narrative: z.array(text(100_000)).check(z.maxLength(20_000)),
  })
  .check(z.refine((r) => r.id === `${r.url}#${r.hash}`, { message: 'id must be <url>#<hash>', path: ['id'] }));

export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;
