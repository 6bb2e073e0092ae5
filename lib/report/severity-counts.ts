import type { Finding, Severity } from '../model/finding';

export type SeverityCounts = Record<Severity, number>;

/** How many findings of each severity: what a history record and a batch row both show. */
export function severityCounts(findings: readonly Pick<Finding, 'severity'>[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
