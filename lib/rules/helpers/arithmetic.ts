import type { Finding, Relation, RuleId, Severity, Term } from '../../model/finding';
import type { Bilingual } from '../../model/lang';
import { proveViolated } from './prove-violated';
import type { ReadingIndex } from './reading-index';
import { ifBlanksZero, sum } from './terms';

const NO_READINGS: ReadingIndex = new Map();

/**
 * Checks that the stated figure equals the sum of its terms. A blank stated figure is left to rule
 * total-blank; a blank term makes the check not assessable (an info finding with the hint of what it
 * would give if blanks were 0), never a pass or a fail on an invented 0. With figures not read for sure,
 * an error only when it fails under every reading their print allows (`readings`), else nothing.
 */
export function checkSum(rule: RuleId, severity: Severity, subject: Bilingual, terms: Term[], stated: Term, readings = NO_READINGS): Finding[] {
  // a figure we could not read is said once, by cells-unread: no hint built on it, only what holds whatever it is
  if (stated.unread || terms.some((t) => t.unread)) return unsure(rule, severity, subject, 'sum', terms, [stated], readings);
  if (stated.value === null) return [];
  const cells = [stated.path, ...terms.map((t) => t.path)];
  const total = sum(terms);
  if (total === null) {
    if (terms.every((t) => t.value === null)) return [];
    const ifZero = ifBlanksZero(terms, [stated]);
    const missing = terms.filter((t) => t.value === null);
    return [
      {
        rule,
        severity: 'info',
        code: 'unassessable',
        cells,
        stated: [stated.path],
        expected: null,
        actual: stated.value,
        detail: { kind: 'unassessable', subject, missing, ifZero },
      },
    ];
  }
  if (total === stated.value) return [];
  return [
    { rule, severity, code: 'sum', cells, stated: [stated.path], expected: total, actual: stated.value, detail: { kind: 'sum', subject, terms, stated } },
  ];
}

/** Checks Σleft = Σright (the template's 第一项加第二项之和，等于第三项加第四项之和). */
export function checkBalance(rule: RuleId, severity: Severity, subject: Bilingual, left: Term[], right: Term[], readings = NO_READINGS): Finding[] {
  const all = [...left, ...right];
  if (all.some((t) => t.unread)) return unsure(rule, severity, subject, 'balance', left, right, readings);
  const cells = all.map((t) => t.path);
  const stated = right.map((t) => t.path);
  const l = sum(left);
  const r = sum(right);
  if (l === null || r === null) {
    if (all.every((t) => t.value === null)) return [];
    const ifZero = ifBlanksZero(left, right);
    return [
      {
        rule,
        severity: 'info',
        code: 'unassessable',
        cells,
        stated,
        expected: l,
        actual: r,
        detail: { kind: 'unassessable', subject, missing: all.filter((t) => t.value === null), ifZero },
      },
    ];
  }
  if (l === r) return [];
  return [{ rule, severity, code: 'balance', cells, stated, expected: l, actual: r, detail: { kind: 'balance', subject, left, right } }];
}

/**
 * A check over figures not read for sure: an error naming its cells when it fails under every reading
 * (the stated figures, `right`, first), else nothing (cells-unread already lists the figures).
 */
export function unsure(
  rule: RuleId,
  severity: Severity,
  subject: Bilingual,
  relation: Relation,
  left: Term[],
  right: Term[],
  readings: ReadingIndex,
): Finding[] {
  const v = proveViolated(relation, left, right, readings);
  if (!v) return [];
  const stated = relation === 'at-most' ? left : right;
  const cells = [...new Set([...stated, ...left, ...right].map((t) => t.path))];
  return [
    {
      rule,
      severity,
      code: v.kind,
      cells,
      stated: stated.map((t) => t.path),
      // sum is null where a figure is unread (or blank): only a side read whole has a known total
      expected: relation === 'at-most' ? sum(right) : sum(left),
      actual: relation === 'at-most' ? sum(left) : sum(right),
      detail: { ...v, subject, relation },
    },
  ];
}
