import type { Finding, Severity } from '../model/finding';
import { itemAt } from '../model/item-at';

/** One line of the findings list: a finding on its own, or several findings of one kind under one line. */
export type ListEntry =
  | { kind: 'one'; index: number; finding: Finding }
  | {
      kind: 'many';
      key: string;
      severity: Severity;
      /** the rules of its findings, in order of first appearance (one, unless blanks left several checks undone) */
      rules: Finding['rule'][];
      reason: string;
      items: { index: number; finding: Finding }[];
    };

/**
 * What makes two findings "the same kind": rule, severity and the kind of reason. A check that could not be
 * made for blank cells is of one kind whatever its rule (a row total, a column's balance, a 总计), as long as
 * it would end the same with blanks as 0: blank 法人 columns leave 27 such checks undone, one line to read.
 */
export function similarKey(f: Finding): string {
  if (f.detail.kind === 'unassessable') return `*|${f.severity}|unassessable-${f.detail.ifZero ?? 'none'}`;
  return `${f.rule}|${f.severity}|${f.detail.kind}`;
}

/**
 * Collapses the findings of one kind into one entry, in place of the first of them, for the severities
 * given (the notes: errors and warnings are each worth their own line, as in devtools' issues panel). A
 * kind met once stays a single finding.
 * @example collapseSimilar(25 × t3-row-total info + 1 error) → [error, many(25)] (order as given)
 */
export function collapseSimilar(items: readonly { index: number; finding: Finding }[], collapse: readonly Severity[] = ['info']): ListEntry[] {
  const byKey = new Map<string, { index: number; finding: Finding }[]>();
  for (const item of items) {
    if (!collapse.includes(item.finding.severity)) continue;
    const key = similarKey(item.finding);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const out: ListEntry[] = [];
  for (const item of items) {
    const key = similarKey(item.finding);
    const same = byKey.get(key);
    if (!same || same.length < 2) out.push({ kind: 'one', ...item });
    else if (same[0] === item) {
      const rules = [...new Set(same.map((i) => i.finding.rule))];
      // similarKey always has three parts: rule|severity|reason
      out.push({ kind: 'many', key, severity: item.finding.severity, rules, reason: itemAt(key.split('|'), 2, 'similar key part'), items: same });
    }
  }
  return out;
}
