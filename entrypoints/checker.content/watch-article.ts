import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReportTables } from '#lib/model';

/**
 * Re-checks when the article is replaced (portals that load the report by script): a debounced
 * MutationObserver that only acts when a cell it read has left the document, or when no table was read
 * yet and a table appeared. Stops with the content script's context.
 */
export function watchArticle(doc: Document, ctx: ContentScriptContext, tables: () => ReportTables | null, recheck: () => void): void {
  let timer: number | undefined;
  const stale = (): boolean => {
    const t = tables();
    const first = t && (Object.values(t.requests ?? {})[0] ?? Object.values(t.review ?? {})[0]);
    const cell = first ? Object.values(first)[0] : undefined;
    const el = cell?.source as Node | undefined;
    if (el) return !el.isConnected;
    return doc.querySelector('table') !== null;
  };
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (stale()) recheck();
    }, 400);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}
