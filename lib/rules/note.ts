import type { Finding, RuleId, Severity } from '../report/finding';

/** A finding that is an observation worded by its rule (no arithmetic), optionally quoting the report. */
export function note(
  rule: RuleId,
  severity: Severity,
  zh: string,
  en: string,
  extra: Partial<Pick<Finding, 'cells' | 'expected' | 'actual'>> & { quote?: string } = {},
): Finding {
  const cells = extra.cells ?? [];
  return {
    rule,
    severity,
    cells,
    stated: cells.slice(0, 1),
    expected: extra.expected ?? null,
    actual: extra.actual ?? null,
    detail: { kind: 'note', text: { zh, en }, ...(extra.quote ? { quote: extra.quote } : {}) },
  };
}
