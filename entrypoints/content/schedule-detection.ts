import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Pages whose load event never comes (a subresource that hangs) are read this long after DOMContentLoaded. */
export const LOAD_FALLBACK_MS = 3000;

/** The parts of WXT's context this uses (their timers and listeners end with the content script). */
export type DetectionContext = Pick<ContentScriptContext, 'setTimeout' | 'addEventListener'>;

/**
 * When the detector reads the page, exactly once. A page titled as a report is read in its
 * DOMContentLoaded handler, as soon as its DOM is complete: a task queued from there ran only after the
 * page's first layout and paint, 100–120 ms after its load event (measured in the page, npm run bench),
 * and the badge waited for it. Every other page is read in the task after its load event, or 3 s after
 * DOMContentLoaded when the load event never comes; the fallback timer is cleared once the page is read,
 * so nothing of the detector is left waiting on a page it has read.
 */
export function scheduleDetection(doc: Document, win: Window, ctx: DetectionContext, titled: () => boolean, read: () => void): void {
  let done = false;
  let fallback: number | undefined;
  const run = () => {
    if (done) return;
    done = true;
    if (fallback !== undefined) clearTimeout(fallback);
    read();
  };
  const soon = () => void (done || ctx.setTimeout(run, 0));
  const onReady = () => {
    if (done) return;
    if (titled()) run();
    else fallback = ctx.setTimeout(run, LOAD_FALLBACK_MS);
  };
  if (doc.readyState === 'complete') soon();
  else {
    ctx.addEventListener(win, 'load', soon, { once: true });
    if (doc.readyState === 'interactive') onReady();
    else ctx.addEventListener(doc, 'DOMContentLoaded', onReady, { once: true });
  }
}
