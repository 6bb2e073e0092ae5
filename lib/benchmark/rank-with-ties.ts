/**
 * Competition ranks, highest value first: equal values share a rank and the next rank skips
 * (1, 2, 2, 4). A null (no value) has no rank.
 * @example rankWithTies([0.5, 0.9, null, 0.5, 0.1]) → [2, 1, null, 2, 4]
 */
export function rankWithTies(values: readonly (number | null)[]): (number | null)[] {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  // the rank of v is 1 + how many values are greater: the index of its first occurrence in descending order
  const first = new Map<number, number>();
  known.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  // every value that is not null is among the known, so it has a rank
  return values.map((v) => (v === null ? null : (first.get(v) ?? null)));
}
