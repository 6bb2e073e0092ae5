import * as z from 'zod/mini';

/**
 * A report's verdict, in one word: errors found, warnings only, consistent, consistent where checkable
 * (some checks not made: blank cells, figures not read for sure), or could not be read (no table read,
 * or not a report at all).
 */
export const VERDICTS = ['error', 'warning', 'ok', 'partial', 'unreadable'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** A batch row's verdict: a report's, or what only a batch meets — a link that is not a report. */
export const BatchVerdictSchema = z.enum([...VERDICTS, 'not-a-report']);
export type BatchVerdict = z.infer<typeof BatchVerdictSchema>;

const count = z.int().check(z.nonnegative());

/**
 * The verdict with what it rests on, the one value every screen and export renders (badge, popup, viewer,
 * batch, history, CLI, JSON, CSV, XLSX, evidence file): the kind, the findings that stand by severity,
 * the checks not made and the findings an auditor dismissed (驳回). Dismissed findings are not counted in
 * errors/warnings/notes and do not decide the kind: the auditor judged them not to be problems.
 */
export const ReportVerdictSchema = z.object({
  kind: VerdictSchema,
  errors: count,
  warnings: count,
  notes: count,
  /** checks not made: a relation over blank cells, a printed figure not read for sure, an OCR figure not proven */
  unchecked: count,
  dismissed: count,
});
export type ReportVerdict = z.infer<typeof ReportVerdictSchema>;
