import { browser } from 'wxt/browser';
import { langOf } from '@/lib/report/format-finding';
import { badgeFor } from '@/lib/badge';
import { ReportSummary } from '@/lib/messages';
import { syncUserHosts } from './options/user-hosts';

/**
 * Sets the toolbar badge per tab from the content script's summary, clears it when the tab navigates,
 * and keeps the content script registered on the hosts the user added. Nothing else: no network.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const lang = langOf(browser.i18n.getUILanguage());

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const summary = ReportSummary.safeParse(message);
    const tabId = sender.tab?.id;
    if (!summary.success || tabId === undefined) return undefined;
    const badge = badgeFor(summary.data, lang);
    return Promise.all([
      action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      badge ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : Promise.resolve(),
      action.setTitle({ tabId, title: badge?.title ?? '' }),
    ]).then(() => ({ ok: true }));
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void action.setBadgeText({ tabId, text: '' });
  });

  void syncUserHosts();
});
