import { browser } from 'wxt/browser';
import { listLinks, nextPageUrl } from '#lib/batch';
import { detectReport } from '#lib/read';
import { type CheckFailed, ContentRequest, ListLinksRequest } from '#lib/page';
import { wasDetected } from '@/utils/detected-report';
import { createAuditor } from './auditor';

/** Set in the extension's isolated world of the page: a second injection (popup, batch page, detector) finds it. */
const LOADED = Symbol.for('xxgk-audit.checker');

/**
 * The checker, injected on demand (never listed in the manifest): by the background when the detector
 * found a report, by the popup (检查此页, or on opening it over a portal page) and by the batch page on a
 * list page. It checks a report page once, tells the background the badge counts, and answers the popup
 * and the batch page. Loaded once per page whoever injects it; it never throws into the page.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  registration: 'runtime',
  main(ctx) {
    // a second injection (the detector's request after the popup's, say) only re-runs the start-up check
    const scope = globalThis as { [LOADED]?: () => void };
    if (scope[LOADED]) return void scope[LOADED]();
    let auditor: ReturnType<typeof createAuditor> | null = null;
    const ensure = () => (auditor ??= createAuditor(document, ctx));
    const startUp = () => {
      const detected = wasDetected(location.href);
      try {
        // injected on the detector's word: its verdict stands; injected by the popup or the batch page: detect
        // checked already (the popup injected it first): the verdict again, for a `…` the detector's word set since
        if (auditor?.checked()) void auditor.resummarize();
        else if (detected || detectReport(document, location.href).isReport) ensure().check();
      } catch {
        // the popup asks again and gets the error as a value; the badge's `…` (set on the detector's word) goes
        if (detected) void browser.runtime.sendMessage({ type: 'check-failed' } satisfies CheckFailed).catch(() => undefined);
      }
    };
    scope[LOADED] = startUp;
    startUp();
    browser.runtime.onMessage.addListener((message: unknown) => {
      try {
        // the batch page asks a list page for its report links; read on request only, never on load
        if (ListLinksRequest.safeParse(message).success)
          return Promise.resolve({
            url: location.href,
            title: document.title,
            links: listLinks(document, location.href),
            next: nextPageUrl(document, location.href),
          });
        const request = ContentRequest.safeParse(message);
        if (!request.success) return undefined;
        return Promise.resolve(ensure().respond(request.data));
      } catch (err) {
        // whatever a hostile page does to the DOM, the answer is an error value, never a throw into the page
        return Promise.resolve({ status: 'error', message: String(err) });
      }
    });
  },
});
