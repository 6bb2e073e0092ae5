import { agencyKind } from '../../detect/agency-kind';
import { REQUEST_PARTS, REVIEW_PARTS, type ReviewGroup } from '../../model/keys';
import type { CellTable, Extraction } from '../../model/types';
import type { Finding, Term } from '../../model/finding';
import type { Bilingual } from '../../model/lang';
import { hinter, sayer } from '../note';
import type { RuleMessages } from '../rule';
import { requestColumnTerm, requestTerm, reviewTerm } from './terms';

/**
 * A table figure the narrative is compared with; `parts` lists the cells of a summed figure.
 * `ifBlankZero`: what the table would give if its blank cells were 0 (a 总计 replaced by its own row's or
 * group's parts), only ever shown as a hint when the figure itself is blank.
 */
export type Candidate = Term & { parts?: string[]; ifBlankZero?: number };

/**
 * Wording that gives a government's own (本级) figure: 区政府本级, 代表区政府, 区政府办. A government report's
 * tables are usually the 汇总 of its region (report-format.md [E7][E8]), so such a figure may count less.
 * A sentence about the whole region (全区收到…, seed 003) has the tables' scope and is compared as usual.
 */
const OWN_SCOPE = /本级|代表[^。；，,]{0,6}政府|政府办(?:公室|公厅)?(?!理)/;

/**
 * A narrative figure against the table figure(s) it should equal. No finding when it equals any of them;
 * the candidates are listed in the message so the auditor sees which readings were tried. N-6: in a
 * government's report whose sentence gives the office's own figure (代表区政府受理…17件 against 表三's 95,
 * corpus/pdf/003), the two count different things, so the mismatch is an info with that hint.
 */
export function compareFinding(
  rule: Finding['rule'],
  subject: Bilingual,
  quote: string,
  said: number,
  table: Candidate[],
  ex: Pick<Extraction, 'agency' | 'title'>,
): Finding[] {
  const known = table.filter((t) => t.value !== null);
  const [first] = known;
  if (!first) return notAssessable(rule, subject, quote, said, table);
  if (known.some((t) => t.value === said)) return [];
  const cells = [...new Set(known.flatMap((t) => t.parts ?? [t.path]))];
  const scoped = agencyKind(ex.agency, ex.title) === 'government' && OWN_SCOPE.test(quote.normalize('NFKC'));
  const detail: Finding['detail'] = {
    kind: 'compare',
    subject,
    quote,
    said,
    table: known.map(({ path, value, label }) => ({ path, value, label })),
    ...(scoped ? { hint: hint('own-scope', {}) } : {}),
  };
  return [
    { rule, severity: scoped ? 'info' : 'warning', code: 'compare', cells, stated: first.parts ?? [first.path], expected: first.value, actual: said, detail },
  ];
}

/** `table-blank`: what the narrative says (`subject`, `said`) against a blank table figure, and what it would be with blanks as 0. */
type TableBlank = { subject: Bilingual; label: Bilingual; said: number; ifBlankZero: number };

/**
 * The messages of every narrative rule that compares a figure with the table (compareFinding); `own-scope`
 * is the hint of N-6: a government's report may give its own office's figure in the text and the region's
 * in its tables.
 */
export const COMPARE_MESSAGES: RuleMessages<{ 'table-blank': TableBlank; 'own-scope': Record<string, never> }> = {
  zh: {
    'table-blank': (d) =>
      `${d.subject.zh}为 ${d.said}，而${d.label.zh}未填数字，无法核对（若空白按 0 计为 ${d.ifBlankZero}，${d.ifBlankZero === d.said ? '相符' : '不符'}）`,
    'own-scope': () => '正文为政府本级的数字，表格通常为本行政区域汇总，口径可能不同，请核实',
  },
  en: {
    'table-blank': (d) =>
      `${d.subject.en}: ${d.said}; ${d.label.en} is blank, not assessable (with blanks as 0 it would be ${d.ifBlankZero}: ${d.ifBlankZero === d.said ? 'equal' : 'different'})`,
    'own-scope': () => 'The text gives the government office’s own figure; the tables usually sum up the whole region',
  },
};

const hint = hinter(COMPARE_MESSAGES);

/**
 * A narrative figure whose table figure is blank (the Shanghai 2019 report leaves its 总计 column blank):
 * said as not assessable, with what blanks read as 0 would give, rather than passed over in silence.
 * Nothing when no candidate has such a figure: one unread, missing or printed as no number (cells-unread
 * and count-integer say so), or the table has no such cells at all.
 */
function notAssessable(rule: Finding['rule'], subject: Bilingual, quote: string, said: number, table: readonly Candidate[]): Finding[] {
  const c = table.find((t): t is Candidate & { ifBlankZero: number } => t.ifBlankZero !== undefined);
  if (!c) return [];
  const cells = c.parts ?? [c.path];
  const say = sayer(rule, COMPARE_MESSAGES);
  return [say('table-blank', 'info', { subject, label: c.label, said, ifBlankZero: c.ifBlankZero }, { cells, quote, actual: said })];
}

/**
 * A candidate standing for a sum of cells (e.g. all （三）不予公开 rows); null if any part is blank. Its
 * blank-as-0 figure only when every part is read or has one of its own.
 */
export function sumOf(parts: readonly Candidate[], label: Bilingual): Candidate {
  const value = parts.some((p) => p.value === null) ? null : parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const hinted = parts.every((p) => p.value !== null || p.ifBlankZero !== undefined);
  return {
    path: parts[0]?.path ?? '',
    value,
    label,
    parts: parts.map((p) => p.path),
    ...(hinted ? { ifBlankZero: parts.reduce((s, p) => s + (p.value ?? p.ifBlankZero ?? 0), 0) } : {}),
  };
}

/**
 * A 总计 as a candidate, with the sum of its own row's (group's) parts, blanks as 0, for the hint said when
 * the 总计 is blank. Only blanks (and "/") count as 0 there: a 总计 or part printed but not read as a number
 * ("x", count-integer says so), unread or missing from the table is no blank, and a sum taking it as 0
 * would be a figure nobody printed; the comparison is then left unsure.
 */
function totalCandidate(total: Term, parts: readonly Term[]): Candidate {
  if ([total, ...parts].some((t) => t.unread || t.absent || t.illegible)) return total;
  return { ...total, ifBlankZero: parts.reduce((s, p) => s + (p.value ?? 0), 0) };
}

/** Table 三's 总计 of one row as a candidate. */
export function requestTotal(t: CellTable | null, row: string): Candidate {
  return totalCandidate(
    requestTerm(t, row, 'total'),
    REQUEST_PARTS.map((c) => requestColumnTerm(t, row, c)),
  );
}

/** Table 四's 总计 of one group as a candidate. */
export function reviewTotal(t: CellTable | null, group: ReviewGroup): Candidate {
  return totalCandidate(
    reviewTerm(t, group, 'total'),
    REVIEW_PARTS.map((c) => reviewTerm(t, group, c)),
  );
}
