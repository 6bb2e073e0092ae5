import { agencyKind } from '../detect/agency-kind';
import type { Extraction } from '../model/types';
import type { Finding, Term, Text } from '../report/finding';

/** A table figure the narrative is compared with; `parts` lists the cells of a summed figure. */
export type Candidate = Term & { parts?: string[] };

/**
 * Wording that gives a government's own (本级) figure: 区政府本级, 代表区政府, 区政府办. A government report's
 * tables are usually the 汇总 of its region (report-format.md [E7][E8]), so such a figure may count less.
 * A sentence about the whole region (全区收到…, seed 003) has the tables' scope and is compared as usual.
 */
const OWN_SCOPE = /本级|代表[^。；，,]{0,6}政府|政府办(?:公室|公厅)?(?!理)/;

/** The hint of N-6: a government's report may give its own office's figure in the text and the region's in its tables. */
const SCOPE_HINT: Text = {
  zh: '正文为政府本级的数字，表格通常为本行政区域汇总，口径可能不同，请核实',
  en: 'The text gives the government office’s own figure; the tables usually sum up the whole region',
};

/**
 * A narrative figure against the table figure(s) it should equal. No finding when it equals any of them;
 * the candidates are listed in the message so the auditor sees which readings were tried. N-6: in a
 * government's report whose sentence gives the office's own figure (代表区政府受理…17件 against 表三's 95,
 * corpus/pdf/003), the two count different things, so the mismatch is an info with that hint.
 */
export function compareFinding(rule: Finding['rule'], subject: Text, quote: string, said: number, table: Candidate[], ex: Pick<Extraction, 'agency' | 'title'>): Finding[] {
  const known = table.filter((t) => t.value !== null);
  if (known.length === 0 || known.some((t) => t.value === said)) return [];
  const first = known[0]!;
  const cells = [...new Set(known.flatMap((t) => t.parts ?? [t.path]))];
  const scoped = agencyKind(ex.agency, ex.title) === 'government' && OWN_SCOPE.test(quote.normalize('NFKC'));
  const detail: Finding['detail'] = { kind: 'compare', subject, quote, said, table: known.map(({ path, value, label }) => ({ path, value, label })), ...(scoped ? { hint: SCOPE_HINT } : {}) };
  return [{ rule, severity: scoped ? 'info' : 'warning', cells, stated: first.parts ?? [first.path], expected: first.value, actual: said, detail }];
}

/** A candidate standing for a sum of cells (e.g. all （三）不予公开 rows); null if any part is blank. */
export function sumOf(parts: readonly Term[], label: Text): Candidate {
  const value = parts.some((p) => p.value === null) ? null : parts.reduce((s, p) => s + (p.value ?? 0), 0);
  return { path: parts[0]?.path ?? '', value, label, parts: parts.map((p) => p.path) };
}
