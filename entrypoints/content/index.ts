import { browser } from 'wxt/browser';
import { detectReport, parseTitle } from '#lib/read';
import { markDetected } from '@/utils/detected-report';
import { scheduleDetection } from './schedule-detection';
import { watchForLateReport } from './watch-late-report';

/**
 * The only script in the manifest: it runs on every government-portal page, so it carries detection
 * alone (no zod, readers, rules or overlay). On a report page, or when a page with some sign of a report
 * loads its article late, it asks the background to inject the checker (entrypoints/checker.content).
 * It listens to nothing, changes nothing and sends nothing on a page that is not a report, and it never
 * throws into the page.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  // At document_end or document_idle, Chromium injects only once it has laid the page out, and holds the
  // load event until then: +1–2 s on a 5 MB portal page, measured with an empty script (npm run bench).
  // Injected at the start, the detector waits for the DOM or the load event itself (schedule-detection.ts).
  runAt: 'document_start',
  main(ctx) {
    // the background validates this with the ReportDetected schema (lib/messages.ts)
    const askForChecker = () => {
      markDetected(location.href);
      void browser.runtime.sendMessage({ type: 'report-detected' }).catch(() => undefined);
    };
    const detect = () => {
      try {
        const detection = detectReport(document, location.href);
        if (detection.isReport) askForChecker();
        else if (detection.reasons.length > 0) watchForLateReport(document, ctx, () => detectReport(document, location.href).isReport, askForChecker);
      } catch {
        // detection is pure and defensive; a failure here must never surface in the page
      }
    };
    // a page titled as a report is read as soon as its DOM is complete, so the badge does not wait for the
    // images and the first paint; every other page waits for its load event
    const titled = () => {
      try {
        return parseTitle(document.title) !== null || parseTitle(document.querySelector('meta[name="ArticleTitle"]')?.getAttribute('content') ?? '') !== null;
      } catch {
        return false;
      }
    };
    scheduleDetection(document, window, ctx, titled, detect);
  },
});
