import * as z from 'zod/mini';
import { BilingualSchema } from './lang';
import { RuleIdSchema } from './rule-ids';

/**
 * A finding as a value, and the structured content its message is rendered from (lib/report/render-finding.ts).
 * One schema each: the types are their z.infer, and what crosses an extension context is safeParsed with them.
 */

/** Severity as in report-format.md §4: error = cannot be true of a correct form; warning = needs a look. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** One operand of an arithmetic check: a cell path, its value (null = blank/unreadable) and a short label. */
export const TermSchema = z.object({
  path: z.string(),
  value: z.nullable(z.number()),
  label: BilingualSchema,
  /** the cell is not in the table at all (a half table), as opposed to printed blank */
  absent: z.optional(z.boolean()),
  /** a figure of last year's report (cross-year rules): the path names a cell of that report, not of this page */
  lastYear: z.optional(z.boolean()),
  /** printed, but no figure (`x`, `若干`): neither blank nor 0, so no "if blanks were 0" hint counts it */
  illegible: z.optional(z.boolean()),
  /** printed, but not read for sure (cells run together): the check is left to finding cells-unread */
  unread: z.optional(z.boolean()),
  /** an unread figure in a bound finding (kind range): the least and the most its printed figures allow (max null: no bound) */
  range: z.optional(z.object({ min: z.number(), max: z.nullable(z.number()) })),
});
export type Term = z.infer<typeof TermSchema>;

/**
 * How the operands of a check relate: `sum` Σleft = right (its one stated 总计), `balance` Σleft = Σright,
 * `at-most` left (one figure) ≤ Σright (an outcome against 一 + 二).
 */
export const RelationSchema = z.enum(['sum', 'balance', 'at-most']);
export type Relation = z.infer<typeof RelationSchema>;

/** One way of reading the unread figures of a check: the value of each operand under it (null = a mark). */
export const ReadingCaseSchema = z.object({ left: z.array(z.nullable(z.number())), right: z.array(z.nullable(z.number())) });
export type ReadingCase = z.infer<typeof ReadingCaseSchema>;

/** One of several checks over the same unread figures (FindingDetail jointly). */
export const JointCheckSchema = z.object({ subject: BilingualSchema, relation: RelationSchema, left: z.array(TermSchema), right: z.array(TermSchema) });
export type JointCheck = z.infer<typeof JointCheckSchema>;

/**
 * One reading under which checks over the same figures cannot all hold: the split of each run printed
 * (in the order of `printed`), every check's values, and the first check that fails.
 */
export const JointCaseSchema = z.object({ split: z.array(z.array(z.nullable(z.number()))), failed: z.number(), values: z.array(ReadingCaseSchema) });
export type JointCase = z.infer<typeof JointCaseSchema>;

/** Figures printed run together and not read for sure: whose they are and how they were printed. */
export const PrintedSchema = z.object({ label: BilingualSchema, text: z.string() });
export type Printed = z.infer<typeof PrintedSchema>;

/** Last year's report a cross-year finding compares with (its cells are not cells of this report, so it is named). */
export const PreviousReportSchema = z.object({ url: z.string(), title: z.nullable(z.string()) });
export type PreviousReport = z.infer<typeof PreviousReportSchema>;

/** An operand of a cross-year check: a figure of last year's report or of this one, added or subtracted. */
export const YearTermSchema = z.object({
  label: BilingualSchema,
  value: z.nullable(z.number()),
  sign: z.union([z.literal(1), z.literal(-1)]),
  lastYear: z.boolean(),
});
export type YearTerm = z.infer<typeof YearTermSchema>;

/**
 * The data of a finding worded by its rule: what its message (the rule's `messages[lang][code]`) is
 * made from — numbers, cell paths, labels as printed, never words of ours. JSON only: it crosses contexts.
 */
export const NoteDataSchema = z.record(z.string(), z.unknown());
export type NoteData = z.infer<typeof NoteDataSchema>;

/**
 * What an auditor may want to know beside a finding's arithmetic (a clean-up may explain it, the text gives
 * another scope): a message `code` of the finding's rule's table and the `data` its words are made from,
 * rendered after the finding's own words (lib/report/render-finding.ts).
 */
export const HintSchema = z.object({ code: z.string(), data: NoteDataSchema });
export type Hint = z.infer<typeof HintSchema>;

/**
 * The structured content of a finding, from which its message is rendered (renderFinding).
 * - sum: the sum of `terms` against the stated figure;
 * - balance: Σleft against Σright (the template's 一+二 = （七）+四);
 * - unassessable: an operand is blank or not a number, so the check neither passes nor fails;
 * - compare: a figure in the narrative against the table;
 * - note: any other observation, worded by the rule's message `code` from `data`, optionally quoting the report;
 * - previous-year: a figure of this report against last year's report (report-format.md §4.5), which is named;
 * - every-reading: a check with figures not read for sure that fails under every way they may be read
 *   (`cases`: the nearest to adding up, `count` in all; null: too many to count, none adding up);
 * - range: the same, shown by bounds: the least one side can be already exceeds the most the other can
 *   (each unread operand carries its `range`);
 * - jointly: checks over the same unread figures that no reading lets hold all at once (table 四's one run),
 *   though each alone may: for each reading listed, the first check it breaks.
 */
export const FindingDetailSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sum'), subject: BilingualSchema, terms: z.array(TermSchema), stated: TermSchema }),
  z.object({ kind: z.literal('balance'), subject: BilingualSchema, left: z.array(TermSchema), right: z.array(TermSchema) }),
  z.object({ kind: z.literal('unassessable'), subject: BilingualSchema, missing: z.array(TermSchema), ifZero: z.nullable(z.enum(['pass', 'fail'])) }),
  z.object({
    kind: z.literal('compare'),
    subject: BilingualSchema,
    quote: z.string(),
    said: z.number(),
    table: z.array(TermSchema),
    hint: z.optional(HintSchema),
  }),
  z.object({ kind: z.literal('note'), data: NoteDataSchema, quote: z.optional(z.string()) }),
  z.object({
    kind: z.literal('previous-year'),
    subject: BilingualSchema,
    previous: PreviousReportSchema,
    terms: z.array(YearTermSchema),
    stated: TermSchema,
    hint: z.optional(HintSchema),
  }),
  z.object({
    kind: z.literal('every-reading'),
    subject: BilingualSchema,
    relation: RelationSchema,
    left: z.array(TermSchema),
    right: z.array(TermSchema),
    cases: z.array(ReadingCaseSchema),
    count: z.nullable(z.number()),
    printed: z.array(PrintedSchema),
  }),
  z.object({
    kind: z.literal('range'),
    subject: BilingualSchema,
    relation: RelationSchema,
    left: z.array(TermSchema),
    right: z.array(TermSchema),
    printed: z.array(PrintedSchema),
  }),
  z.object({
    kind: z.literal('jointly'),
    subject: BilingualSchema,
    checks: z.array(JointCheckSchema),
    cases: z.array(JointCaseSchema),
    count: z.nullable(z.number()),
    printed: z.array(PrintedSchema),
  }),
]);
export type FindingDetail = z.infer<typeof FindingDetailSchema>;

/**
 * A finding as a value: stable rule id, severity, message code, cell paths, expected and actual numbers and
 * the detail its message is rendered from. `code` is the message id (ESLint's messageId): the detail's
 * kind for the arithmetic kinds, the rule's own message for a note.
 */
export const FindingSchema = z.object({
  rule: RuleIdSchema,
  severity: SeveritySchema,
  code: z.string(),
  /** dotted cell paths `table.rowKey.colKey`; the stated figures first */
  cells: z.array(z.string()),
  /** cells holding the stated figure (outlined as "stated"); the other cells are its addends */
  stated: z.array(z.string()),
  expected: z.nullable(z.number()),
  actual: z.nullable(z.number()),
  detail: FindingDetailSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
export type { RuleId } from './rule-ids';
