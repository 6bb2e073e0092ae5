import * as z from 'zod/mini';
import { FindingSchema, SeveritySchema } from './finding';
import { ReportVerdictSchema } from './verdict';

/** CELL of output.md: the value (null for blank, "/", unreadable) and the text as printed. */
/**
 * How a cell of a scanned report was read (OCR): what the recogniser read first, how sure it was, its
 * other readings, and what the template's arithmetic made of it — `proven` (an equation it sits in
 * holds), `corrected` (set to one of the picture's readings by a failed row and column), `unproven`
 * (no equation confirms it: 表二, or a report error), `unread` (left to the auditor, `?`). The page and
 * box (PDF points, origin bottom left) say where to look on the scan.
 */
export const PublicOcrSchema = z.object({
  status: z.enum(['proven', 'corrected', 'unproven', 'unread']),
  read: z.string(),
  confidence: z.number(),
  alternatives: z.array(z.object({ text: z.string(), p: z.number() })),
  page: z.number(),
  box: z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }),
});
export type PublicOcr = z.infer<typeof PublicOcrSchema>;

/** CELL of output.md: the value (null for blank, "/", unreadable) and the text as printed; `ocr` only for a cell read from a scan. */
export const PublicCellSchema = z.object({ value: z.nullable(z.number()), raw: z.string(), ocr: z.optional(PublicOcrSchema) });
export type PublicCell = z.infer<typeof PublicCellSchema>;

/** One table of output.md: rowKey (table 四: groupKey) → colKey → cell. */
export const PublicTableSchema = z.record(z.string(), z.record(z.string(), PublicCellSchema));
export type PublicTable = z.infer<typeof PublicTableSchema>;

/** What output.md says of a report besides its findings, in the order its JSON keys are written. */
const REPORT_FIELDS = {
  schemaVersion: z.literal(1),
  source: z.string(),
  detected: z.boolean(),
  format: z.enum(['2021', '2019', 'unknown']),
  title: z.nullable(z.string()),
  agency: z.nullable(z.string()),
  year: z.nullable(z.number()),
  tables: z.object({ active: z.nullable(PublicTableSchema), requests: z.nullable(PublicTableSchema), review: z.nullable(PublicTableSchema) }),
};

/**
 * The report as checked: output.md's report, its findings as values (code and data, no words). This is
 * what the content script sends the popup, a batch row keeps and the CLI's worker hands on; words are
 * rendered from it where it is shown (renderFinding) or written out (canonicalReport).
 */
export const PublicReportSchema = z.object({ ...REPORT_FIELDS, findings: z.array(FindingSchema) });
export type PublicReport = z.infer<typeof PublicReportSchema>;

/** FINDING of output.md: the message is the finding's Chinese words. */
export const CanonicalFindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  cells: z.array(z.string()),
  expected: z.nullable(z.number()),
  actual: z.nullable(z.number()),
});
export type CanonicalFinding = z.infer<typeof CanonicalFindingSchema>;

/**
 * The canonical report object of output.md (schemaVersion 1), as written out: the CLI's --json, the
 * exports, the evidence file, "copy as JSON", and the local history's records.
 */
export const CanonicalReportSchema = z.object({
  ...REPORT_FIELDS,
  findings: z.array(CanonicalFindingSchema),
  /** the verdict it was written with (lib/report/report-verdict.ts); absent from reports written before it existed */
  verdict: z.optional(ReportVerdictSchema),
});
export type CanonicalReport = z.infer<typeof CanonicalReportSchema>;

/** What every finding says whether checked (a value) or written out (canonical): its rule, severity, cells and figures. */
export type FindingFacts = Pick<CanonicalFinding, 'rule' | 'severity' | 'cells' | 'expected' | 'actual'>;

/**
 * A report as checked or as written out (the history keeps the canonical one): everything but the words of
 * its findings, for what reads a report's figures and which findings it has (benchmark, roll-up, integrity).
 */
export type ReportFacts = Omit<PublicReport, 'findings'> & { findings: readonly FindingFacts[] };
