/**
 * The p-th percentile of ascending values by linear interpolation at position (n − 1)·p, as Excel's
 * PERCENTILE.INC and numpy's default compute it. Null for no values.
 * @example percentileInc([1, 2, 3, 4], 0.25) → 1.75
 */
export function percentileInc(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * p;
  const lower = Math.floor(pos);
  const upper = Math.ceil(pos);
  const a = sorted[lower];
  const b = sorted[upper];
  // 0 ≤ p ≤ 1: both neighbours are in the list
  if (a === undefined || b === undefined) return null;
  return a + (b - a) * (pos - lower);
}
