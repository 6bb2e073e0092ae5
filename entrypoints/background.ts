import { browser } from 'wxt/browser';
import { langOf } from '#lib/model';
import { badgeFor } from '#lib/badge';
import { RecordReportRequest, ReportDetected, ReportSummary } from '#lib/messages';
import { injectChecker } from '@/utils/inject-checker';
import { buildRecord } from '#lib/history';
import { putRecord } from '@/utils/history-db';
import { syncUserHosts } from './options/user-hosts';

/**
 * Injects the checker where the detector found a report, sets the toolbar badge per tab from the
 * checker's summary, clears it when the tab navigates, keeps the detector registered on the hosts the
 * user added, and stores the reports the checker checked in the local history (record-report). Nothing
 * else: no network.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const lang = langOf(browser.i18n.getUILanguage());
  // the manifest's action.default_title, in the browser's language (public/_locales)
  const defaultTitle = () => browser.i18n.getMessage('actionTitle') || (lang === 'en' ? 'Annual report checker' : '年报核查');

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const summary = ReportSummary.safeParse(message);
    const tabId = sender.tab?.id;
    if (!summary.success || tabId === undefined) return undefined;
    const badge = badgeFor(summary.data, lang);
    return Promise.all([
      action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      badge ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : Promise.resolve(),
      // a page that is no report gets the default title back (an empty one would leave the button unnamed)
      action.setTitle({ tabId, title: badge?.title ?? defaultTitle() }),
    ]).then(() => ({ ok: true }));
  });

  // detector → checker: the manifest's content script only detects; the checker is injected where it found a report
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!ReportDetected.safeParse(message).success || tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    return injectChecker(tabId).then((injected) => ({ ok: injected }));
  });

  // content → history: the content script cannot reach the extension's IndexedDB, so it hands its check here
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = RecordReportRequest.safeParse(message);
    if (!request.success) return undefined;
    // a private window leaves no trace: its reports are checked, never kept
    if (sender.tab?.incognito) return Promise.resolve({ ok: true, dropped: 0, kept: false });
    // the address is the tab's own, as the browser reports it, not what the message claims
    const url = sender.tab?.url ?? sender.url;
    if (!url || !/^https?:/i.test(url)) return Promise.resolve({ ok: false, error: 'no page address' });
    const { type: _type, ...input } = request.data;
    return putRecord(buildRecord({ ...input, url })).then(
      ({ dropped }) => ({ ok: true, dropped: dropped.length }),
      (err: unknown) => ({ ok: false, error: String(err) }),
    );
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void action.setBadgeText({ tabId, text: '' });
    // the last page's verdict must not stay in the tooltip of the next
    void action.setTitle({ tabId, title: defaultTitle() });
  });

  void syncUserHosts();
});
