import type { Finding } from '../model/finding';

/**
 * The finding an evidence file pictures: the one the user picked, else the first error or warning
 * with cells (an info or a narrative note has nothing to outline).
 */
export function evidenceFinding(findings: readonly Finding[], selected: number | null): number | null {
  if (selected !== null && findings[selected]?.cells.length) return selected;
  const i = findings.findIndex((f) => f.severity !== 'info' && f.cells.length > 0);
  return i >= 0 ? i : null;
}

/**
 * Every finding an evidence file pictures, in the file's order: each one that names cells (issue 18:
 * the file is the working paper of every finding, not only of the one picked in the popup).
 * @example picturedFindings([{ cells: ['requests.x.y'] }, { cells: [] }, { cells: ['review.a.b'] }]) → [0, 2]
 */
export function picturedFindings(findings: readonly Pick<Finding, 'cells'>[]): number[] {
  return findings.flatMap((f, i) => (f.cells.length > 0 ? [i] : []));
}
