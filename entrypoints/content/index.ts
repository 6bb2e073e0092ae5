import { browser } from 'wxt/browser';
import { detectReport } from '@/lib/detect/detect-report';
import { listLinks } from '@/lib/batch/list-links';
import { nextPageUrl } from '@/lib/batch/next-page';
import { ContentRequest, ListLinksRequest } from '@/lib/messages';
import { createAuditor } from './auditor';
import { watchForLateReport } from './watch-article';

/**
 * Runs on government portals. On a page that is not a report it only listens (the popup may ask to
 * check it anyway): no work, no DOM change, no message. On a report page it checks once, tells the
 * background the counts for the badge, and answers the popup. It never throws into the page.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    let auditor: ReturnType<typeof createAuditor> | null = null;
    const ensure = () => (auditor ??= createAuditor(document, ctx));
    try {
      const detection = detectReport(document, location.href);
      if (detection.isReport) ensure().check();
      else if (detection.reasons.length > 0)
        watchForLateReport(
          document,
          ctx,
          () => detectReport(document, location.href).isReport,
          () => ensure().check(),
        );
    } catch {
      // detection is pure and defensive; a failure here must never surface in the page
    }
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
