/** Severity as in report-format.md §4: error = cannot be true of a correct form; warning = needs a look. */
export type Severity = 'error' | 'warning' | 'info';

/** Bilingual text produced by a rule; the zh text is the canonical message. */
export interface Text {
  zh: string;
  en: string;
}

/** One operand of an arithmetic check: a cell path, its value (null = blank/unreadable) and a short label. */
export interface Term {
  path: string;
  value: number | null;
  label: Text;
  /** the cell is not in the table at all (a half table), as opposed to printed blank */
  absent?: boolean;
  /** a figure of last year's report (cross-year rules): the path names a cell of that report, not of this page */
  lastYear?: boolean;
  /** printed, but not read for sure (cells run together): the check is left to finding cells-unread */
  unread?: boolean;
  /** an unread figure in a bound finding (kind range): the least and the most its printed figures allow (max null: no bound) */
  range?: { min: number; max: number | null };
}

/**
 * How the operands of a check relate: `sum` Σleft = right (its one stated 总计), `balance` Σleft = Σright,
 * `at-most` left (one figure) ≤ Σright (an outcome against 一 + 二).
 */
export type Relation = 'sum' | 'balance' | 'at-most';

/** One way of reading the unread figures of a check: the value of each operand under it (null = a mark). */
export interface ReadingCase {
  left: (number | null)[];
  right: (number | null)[];
}

/** One of several checks over the same unread figures (FindingDetail jointly). */
export interface JointCheck {
  subject: Text;
  relation: Relation;
  left: Term[];
  right: Term[];
}

/**
 * One reading under which checks over the same figures cannot all hold: the split of each run printed
 * (in the order of `printed`), every check's values, and the first check that fails.
 */
export interface JointCase {
  split: (number | null)[][];
  failed: number;
  values: ReadingCase[];
}

/** Figures printed run together and not read for sure: whose they are and how they were printed. */
export interface Printed {
  label: Text;
  text: string;
}

/**
 * The structured content of a finding, from which its message is rendered (formatFinding).
 * - sum: the sum of `terms` against the stated figure;
 * - balance: Σleft against Σright (the template's 一+二 = （七）+四);
 * - unassessable: an operand is blank or not a number, so the check neither passes nor fails;
 * - compare: a figure in the narrative against the table;
 * - note: any other observation, worded by the rule;
 * - previous-year: a figure of this report against last year's report (report-format.md §4.5), which is named;
 * - every-reading: a check with figures not read for sure that fails under every way they may be read
 *   (`cases`: the nearest to adding up, `count` in all; null: too many to count, none adding up);
 * - range: the same, shown by bounds: the least one side can be already exceeds the most the other can
 *   (each unread operand carries its `range`);
 * - jointly: checks over the same unread figures that no reading lets hold all at once (table 四's one run),
 *   though each alone may: for each reading listed, the first check it breaks.
 */
export type FindingDetail =
  | { kind: 'sum'; subject: Text; terms: Term[]; stated: Term }
  | { kind: 'balance'; subject: Text; left: Term[]; right: Term[] }
  | { kind: 'unassessable'; subject: Text; missing: Term[]; ifZero: 'pass' | 'fail' | null }
  | { kind: 'compare'; subject: Text; quote: string; said: number; table: Term[]; hint?: Text }
  | { kind: 'note'; text: Text; quote?: string }
  | { kind: 'previous-year'; subject: Text; previous: PreviousReport; terms: YearTerm[]; stated: Term; hint?: Text }
  | { kind: 'every-reading'; subject: Text; relation: Relation; left: Term[]; right: Term[]; cases: ReadingCase[]; count: number | null; printed: Printed[] }
  | { kind: 'range'; subject: Text; relation: Relation; left: Term[]; right: Term[]; printed: Printed[] }
  | { kind: 'jointly'; subject: Text; checks: JointCheck[]; cases: JointCase[]; count: number | null; printed: Printed[] };

/** Last year's report a cross-year finding compares with (its cells are not cells of this report, so it is named). */
export interface PreviousReport {
  url: string;
  title: string | null;
}

/** An operand of a cross-year check: a figure of last year's report or of this one, added or subtracted. */
export interface YearTerm {
  label: Text;
  value: number | null;
  sign: 1 | -1;
  lastYear: boolean;
}

/** A finding as a value: stable rule id, severity, cell paths, expected and actual numbers. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** dotted cell paths `table.rowKey.colKey`; the stated figures first */
  cells: string[];
  /** cells holding the stated figure (outlined as "stated"); the other cells are its addends */
  stated: string[];
  expected: number | null;
  actual: number | null;
  detail: FindingDetail;
}

/** Every rule id, stable and kebab-case (README lists each with one sentence). */
export const RULE_IDS = [
  't3-balance',
  't3-row-total',
  't3-outcome-total',
  't3-subtotal',
  't3-outcome-bound',
  't4-group-total',
  'total-blank',
  'count-integer',
  'fee-amount',
  'number-spacing',
  'blank-cells',
  'table-missing',
  'row-missing',
  'row-incomplete',
  'sections',
  'report-year',
  'publication-date',
  'template-year',
  'copy-paste-traces',
  'title-form',
  'columns-by-position',
  'cells-split',
  'cells-unread',
  'table-candidates',
  'input-capped',
  'narrative-received',
  'narrative-processed',
  'narrative-outcomes',
  'narrative-review',
  'narrative-no-requests',
  'narrative-documents',
  'fee-paragraph',
  'fee-notice-amount',
  'fee-collected',
  'fee-overdue-row',
  'fee-unpaid',
  'fee-active-table',
  'cross-year-carry-over',
  'cross-year-effective',
  'cross-year-same-tables',
  'cross-year-same-narrative',
  'cross-year-ratio',
  'cross-year-appeared',
  'cross-year-items',
  'roll-up-sum',
  'roll-up-members',
  'heading-numbering',
  'heading-duplicate',
  'section-empty',
  'fixed-wording',
  'publication-changed',
  'publication-conflict',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
