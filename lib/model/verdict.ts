import * as z from 'zod/mini';

/**
 * A report's verdict, as its badge and the history say it: errors, warnings, consistent, partly read
 * (figures not read for sure), or tables that cannot be read.
 */
export const VERDICTS = ['error', 'warning', 'ok', 'partial', 'unreadable'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** A batch row's verdict: a report's, or what only a batch meets — a link that is not a report. */
export const BatchVerdictSchema = z.enum([...VERDICTS, 'not-a-report']);
export type BatchVerdict = z.infer<typeof BatchVerdictSchema>;
