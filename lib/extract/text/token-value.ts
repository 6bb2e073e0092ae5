/**
 * A token of a run's split as a value: a count, or null for a mark ("/", "—") or no token. A figure printed
 * with a space inside (`1 0`, kept so by spaced-figure.ts) is its digits.
 * @example tokenValue('1 0') → 10
 */
export function tokenValue(token: string | undefined): number | null {
  const digits = (token ?? '').replace(/\s/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
