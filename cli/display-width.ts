const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal columns of a short string: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  return Array.from(s).reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
}

/**
 * Shortens a string to at most `max` terminal columns by cutting out its middle, so both the head
 * (province, city) and the tail (the agency itself) of a long agency name stay readable.
 * @example fitWidth('北京市密云区商务局', 13) → '北京市…商务局'
 */
export function fitWidth(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  if (max < 1) return '';
  const chars = Array.from(s);
  let head = '';
  let tail = '';
  let i = 0;
  let j = chars.length - 1;
  // alternate tail and head so the cut sits near the middle; the ellipsis takes one column
  for (let room = max - 1, turn = 0; i <= j; turn++) {
    // i ≤ j: both ends are characters of s
    const ch = turn % 2 === 0 ? chars[i] : chars[j];
    if (ch === undefined) break;
    const w = displayWidth(ch);
    if (w > room) break;
    room -= w;
    if (turn % 2 === 0) head += chars[i++];
    else tail = chars[j--] + tail;
  }
  return `${head}…${tail}`;
}
