import type { Finding, Term, Text } from '../report/finding';

/** A table figure the narrative is compared with; `parts` lists the cells of a summed figure. */
export type Candidate = Term & { parts?: string[] };

/**
 * A narrative figure against the table figure(s) it should equal. No finding when it equals any of them;
 * the candidates are listed in the message so the auditor sees which readings were tried.
 */
export function compareFinding(rule: Finding['rule'], subject: Text, quote: string, said: number, table: Candidate[]): Finding[] {
  const known = table.filter((t) => t.value !== null);
  if (known.length === 0 || known.some((t) => t.value === said)) return [];
  const first = known[0]!;
  const cells = [...new Set(known.flatMap((t) => t.parts ?? [t.path]))];
  return [{ rule, severity: 'warning', cells, stated: first.parts ?? [first.path], expected: first.value, actual: said, detail: { kind: 'compare', subject, quote, said, table: known.map(({ path, value, label }) => ({ path, value, label })) } }];
}

/** A candidate standing for a sum of cells (e.g. all （三）不予公开 rows); null if any part is blank. */
export function sumOf(parts: readonly Term[], label: Text): Candidate {
  const value = parts.some((p) => p.value === null) ? null : parts.reduce((s, p) => s + (p.value ?? 0), 0);
  return { path: parts[0]?.path ?? '', value, label, parts: parts.map((p) => p.path) };
}
