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
