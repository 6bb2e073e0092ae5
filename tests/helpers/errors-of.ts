import type { Finding } from '../../lib/model/finding';

/**
 * The error findings, after making sure no rule crashed: the runner turns a throwing rule into an info
 * finding `rule-failed`, so a test that keeps only the errors would read "no error" where a rule (or a
 * mutant of it) threw.
 */
export function errorsOf(findings: readonly Finding[]): Finding[] {
  const crashed = findings.filter((f) => f.code === 'rule-failed');
  if (crashed.length > 0) throw new Error(`a rule threw: ${JSON.stringify(crashed.map((f) => f.detail))}`);
  return findings.filter((f) => f.severity === 'error');
}
