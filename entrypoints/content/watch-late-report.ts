import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A page with some sign of a report (its title, URL or column) but no report yet may load the article by
 * script: re-run detection on changes for a short while, then stop. Pages with no sign are never watched.
 */
export function watchForLateReport(doc: Document, ctx: ContentScriptContext, isReport: () => boolean, onReport: () => void): void {
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (!isReport()) return;
      observer.disconnect();
      onReport();
    }, 500);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  ctx.setTimeout(() => observer.disconnect(), 20_000);
  ctx.onInvalidated(() => observer.disconnect());
}
