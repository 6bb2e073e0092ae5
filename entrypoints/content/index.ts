import { browser } from 'wxt/browser';
import { detectReport } from '@/lib/detect/detect-report';
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
  runAt: 'document_idle',
  main(ctx) {
    // the background validates this with the ReportDetected schema (lib/messages.ts)
    const askForChecker = () => void browser.runtime.sendMessage({ type: 'report-detected' }).catch(() => undefined);
    try {
      const detection = detectReport(document, location.href);
      if (detection.isReport) askForChecker();
      else if (detection.reasons.length > 0) watchForLateReport(document, ctx, () => detectReport(document, location.href).isReport, askForChecker);
    } catch {
      // detection is pure and defensive; a failure here must never surface in the page
    }
  },
});
