/** Milliseconds since the epoch of an ISO time; an unreadable one counts as oldest (it is dropped first, never chosen as newest). */
function time(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Orders two checks by when they happened (negative: `a` is earlier). Compared as instants, not as
 * strings: a record may carry any offset (an imported `2026-01-02T09:00+08:00` is earlier than
 * `2026-01-02T05:00Z`, though it sorts after it as text).
 */
export function compareCheckedAt(a: { checkedAt: string }, b: { checkedAt: string }): number {
  const x = time(a.checkedAt);
  const y = time(b.checkedAt);
  return x < y ? -1 : x > y ? 1 : 0;
}
