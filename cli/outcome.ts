import * as z from 'zod/mini';
import { BatchRowSchema, failedRow, rowFromResult } from '#lib/batch';
import { RefusalSchema } from '#lib/read';
import { PublicReportSchema, type Lang } from '#lib/model';
import type { Checked } from './check-input';
import type { ReadFailed } from './read-result';
import { renderSummary } from './render-summary';

/**
 * One input once checked, reduced to plain data: what crosses from the checking worker to the CLI's
 * main thread (structured clone), and all that the outputs need (summary, JSON, tables, workbook).
 */
export const OutcomeSchema = z.object({
  source: z.string(),
  /** why the input could not be read or checked, as a code (words at the edge); report and summary are then null */
  error: z.nullable(RefusalSchema),
  report: z.nullable(PublicReportSchema),
  /** the summary block in the chosen language; null when no summary is printed (--json, --tables…) */
  summary: z.nullable(z.string()),
  /** the batch workbook's row (the same grid as the extension's batch page) */
  row: BatchRowSchema,
});
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * The outcome of an input read and checked; its summary rendered in `summary`'s language, only when the
 * run prints summaries (null: the JSON, tables and workbook need none).
 */
export function checkedOutcome(c: Checked, summary: Lang | null): Outcome {
  const row = rowFromResult({ url: c.source, linkText: c.source }, c.result);
  return { source: c.source, error: null, report: c.result.report, summary: summary === null ? null : renderSummary(c, summary), row };
}

/** The outcome of an input that could not be read or checked. */
export function failedOutcome(r: ReadFailed): Outcome {
  return { source: r.source, error: r.refused, report: null, summary: null, row: failedRow({ url: r.source, linkText: r.source }, r.refused) };
}

/** A crash of the checker on an input (a programming error, never a data problem): reported like an unreadable input. */
export function crashedOutcome(source: string, why: string): Outcome {
  return failedOutcome({ ok: false, source, refused: { reason: 'checker-crashed', why } });
}

/** 2 when an input could not be read (it wins), 1 when any report has an error finding, else 0. */
export function exitCode(outcomes: readonly Outcome[]): number {
  if (outcomes.some((o) => o.error !== null)) return 2;
  return outcomes.some((o) => o.report?.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
