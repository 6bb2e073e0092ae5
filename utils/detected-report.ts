/**
 * The detector's verdict handed to the checker. Both are content scripts of this extension, so they run in
 * the same isolated world of the page and share its globals (not the page's own): the checker the background
 * injects on the detector's word need not walk the page again before it checks.
 */
const DETECTED = Symbol.for('xxgk-audit.detected');

type Scope = { [DETECTED]?: string };

/** Marks the page, at this address, as a report the detector found. */
export function markDetected(url: string): void {
  (globalThis as Scope)[DETECTED] = url;
}

/** Whether the detector found a report at this address (a page that changed its address is detected again). */
export function wasDetected(url: string): boolean {
  return (globalThis as Scope)[DETECTED] === url;
}
