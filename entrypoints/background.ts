import { browser } from 'wxt/browser';
import { langOf } from '#lib/model';
import {
  badgeFor,
  BadgeVerdictRequest,
  CheckFailed,
  checkingBadge,
  decidedSummary,
  GetReportResponse,
  RecordReportRequest,
  ReportDetected,
  ReportSummary,
} from '#lib/page';
import { loadReviews } from '@/utils/reviews';
import { injectChecker } from '@/utils/inject-checker';
import { buildRecord } from '#lib/history';
import { putRecord } from '@/utils/history-db';
import { answerPutRecord } from '@/utils/history-writer';
import { syncUserHosts } from './options/user-hosts';

/**
 * Injects the checker where the detector found a report, sets the toolbar badge per tab from the
 * checker's summary, clears it when the tab navigates, keeps the detector registered on the hosts the
 * user added, and stores in the local history the reports the checker checked (record-report) and those
 * the extension's pages checked (put-record): the history's only writer. Nothing else: no network.
 */
export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  const lang = langOf(browser.i18n.getUILanguage());
  // the manifest's action.default_title, in the browser's language (public/_locales)
  const defaultTitle = () => browser.i18n.getMessage('actionTitle') || (lang === 'en' ? 'Annual report checker' : '年报核查');

  const setBadge = (tabId: number, summary: ReportSummary) => {
    const badge = badgeFor(summary, lang);
    return Promise.all([
      action.setBadgeText({ tabId, text: badge?.text ?? '' }),
      badge ? action.setBadgeBackgroundColor({ tabId, color: badge.color }) : Promise.resolve(),
      // a page that is no report gets the default title back (an empty one would leave the button unnamed)
      action.setTitle({ tabId, title: badge?.title ?? defaultTitle() }),
    ]).then(() => ({ ok: true }));
  };

  // the detector's word, before the checker's verdict: `…`, never over a verdict the tab already shows
  const checking = checkingBadge(lang);
  const showChecking = async (tabId: number) => {
    if ((await action.getBadgeText({ tabId })) !== '') return;
    await Promise.all([
      action.setBadgeText({ tabId, text: checking.text }),
      action.setBadgeBackgroundColor({ tabId, color: checking.color }),
      action.setTitle({ tabId, title: checking.title }),
    ]);
  };
  // no verdict is coming (the checker could not be injected, or its check failed): no `…` left standing
  const dropChecking = async (tabId: number) => {
    if ((await action.getBadgeText({ tabId })) !== checking.text) return;
    await Promise.all([action.setBadgeText({ tabId, text: '' }), action.setTitle({ tabId, title: defaultTitle() })]);
  };

  /**
   * The badge of a tab after the auditor's decisions: its checker's report (with the findings' details the
   * decisions are keyed by) and the decisions kept for that version, as the popup reads them.
   */
  const setDecidedBadge = async (tabId: number) => {
    let reply: unknown;
    try {
      reply = await browser.tabs.sendMessage(tabId, { type: 'get-report' }, { frameId: 0 });
    } catch {
      return { ok: false };
    }
    const parsed = GetReportResponse.safeParse(reply);
    if (!parsed.success || parsed.data.status !== 'ok' || !parsed.data.hash) return { ok: false };
    const { url, hash, report } = parsed.data;
    return setBadge(tabId, decidedSummary(report, await loadReviews(url, hash).catch(() => ({}))));
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const summary = ReportSummary.safeParse(message);
    const tabId = sender.tab?.id;
    if (!summary.success || tabId === undefined) return undefined;
    const version = summary.data.version;
    // a report version the auditor has decided on: the badge counts as the popup does (never the count before, even for a moment)
    const decided = version
      ? loadReviews(version.url, version.hash).then(
          (r) => Object.keys(r).length > 0,
          () => false,
        )
      : Promise.resolve(false);
    // (and the checked count when the page cannot answer for its report)
    const undecided = () => setBadge(tabId, summary.data);
    return decided.then((yes) => (yes ? setDecidedBadge(tabId).then((r) => (r.ok ? r : undecided())) : undecided()));
  });

  // popup → badge: a decision was made or withdrawn on the tab's report
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = BadgeVerdictRequest.safeParse(message);
    return request.success ? setDecidedBadge(request.data.tabId) : undefined;
  });

  // detector → checker: the manifest's content script only detects; the checker is injected where it found a report
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!ReportDetected.safeParse(message).success || tabId === undefined || (sender.frameId ?? 0) !== 0) return undefined;
    // the badge says "a report" at once (the bench's load → badge), then the checker's verdict replaces it;
    // the detector asks only once the DOM is complete, so the checker need not wait for the page to be idle
    return showChecking(tabId)
      .catch(() => undefined)
      .then(() => injectChecker(tabId, { domReady: true }))
      .then(async (injected) => {
        if (!injected) await dropChecking(tabId).catch(() => undefined);
        return { ok: injected };
      });
  });

  // checker → badge: the check the detector asked for failed
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (!CheckFailed.safeParse(message).success || tabId === undefined) return undefined;
    return dropChecking(tabId).then(
      () => ({ ok: true }),
      () => ({ ok: false }),
    );
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

  // extension pages → history: the popup, the viewer and the batch page hand their checks here, the history's one writer
  browser.runtime.onMessage.addListener((message: unknown, sender) => answerPutRecord(message, sender));

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void action.setBadgeText({ tabId, text: '' });
    // the last page's verdict must not stay in the tooltip of the next
    void action.setTitle({ tabId, title: defaultTitle() });
  });

  void syncUserHosts();
});
