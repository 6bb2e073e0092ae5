/**
 * Thrown by {@link itemAt} when an index the code proved in range is not: a programmer error (house rule 7),
 * never a data problem, so it names what was looked up to make the broken invariant findable.
 */
export class MissingItemError extends Error {
  override name = 'MissingItemError';
}

/**
 * `xs[i]` where the caller has proved `i` in range (say why at the call): the element, or a
 * {@link MissingItemError} naming `what`. Not a way to skip a check: where a missing element is a real
 * case, narrow (`const x = xs[i]; if (!x) continue`) instead.
 * @example itemAt(['a', 'b'], 1, 'column') → 'b'; itemAt(['a'], 3, 'column') throws "column 3 of 1: missing"
 */
export function itemAt<T>(xs: ArrayLike<T>, i: number, what: string): T {
  const x = xs[i];
  if (x === undefined) throw new MissingItemError(`${what} ${i} of ${xs.length}: missing`);
  return x;
}

/**
 * The element of a list of exactly one, else undefined: for "read only when one way is left" checks.
 * @example soleItem([[1, 2]]) → [1, 2]; soleItem([]) → undefined; soleItem(['a', 'b']) → undefined
 */
export function soleItem<T>(xs: readonly T[]): T | undefined {
  return xs.length === 1 ? xs[0] : undefined;
}

/**
 * `map.get(key)` where the caller has proved the key is there (say why at the call): the value, or a
 * {@link MissingItemError} naming `what`.
 * @example entryOf(new Map([['a', 1]]), 'a', 'row') → 1; entryOf(new Map(), 'b', 'row') throws "row b: missing"
 */
export function entryOf<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new MissingItemError(`${what} ${String(key)}: missing`);
  return v;
}
