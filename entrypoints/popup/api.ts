import { browser } from 'wxt/browser';
import {
  type BadgeVerdictRequest,
  type ContentRequest,
  GetReportResponse,
  HighlightResponse,
  ListLinksResponse,
  SnapshotResponse,
  type TableImages,
} from '#lib/page';
import type { Finding } from '#lib/model';
import { injectChecker, mayInject } from '@/utils/inject-checker';

/** The popup's messages to its tab and its tab actions: every reply is safeParse'd before use. */

/** The tab to check: `?tab=<id>` (tests open the popup in a tab of its own), else the active tab. */
export async function targetTab(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The checker's answer on the tab; `no-script` when none answers. */
async function askReport(tabId: number, force: boolean): Promise<GetReportResponse | { status: 'no-script' }> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'get-report', ...(force ? { force } : {}) });
  } catch {
    return { status: 'no-script' };
  }
  const parsed = GetReportResponse.safeParse(reply);
  return parsed.success ? parsed.data : { status: 'error', message: 'invalid reply from the page' };
}

/**
 * Asks the page for its report. The checker is on the page already where the detector found a report;
 * on a page where the extension runs (gov.cn, a host the user added) that is not one, it is injected now
 * to answer (not a report, its attachments, 仍然检查此页). `no-script` elsewhere: the popup then offers 检查此页.
 */
export async function requestReport(tabId: number, force = false, url: string | null = null): Promise<GetReportResponse | { status: 'no-script' }> {
  const first = await askReport(tabId, force);
  if (first.status !== 'no-script' || !(await mayInject(url)) || !(await injectChecker(tabId))) return first;
  return askReport(tabId, force);
}

/**
 * Injects the checker into a page the extension does not run on (activeTab), then asks it to check
 * anyway; `refused` when the browser does not allow it (the popup was not opened from the toolbar on that tab).
 */
export async function checkOnDemand(tabId: number): Promise<GetReportResponse | { status: 'no-script' } | { status: 'refused' }> {
  if (!(await injectChecker(tabId))) return { status: 'refused' };
  return askReport(tabId, true);
}

/** A question to the tab's content script, its answer checked against `schema`; null when there is none. */
async function askTab<T>(
  tabId: number,
  message: ContentRequest | { type: 'list-links' },
  schema: { safeParse(x: unknown): { success: true; data: T } | { success: false } },
): Promise<T | null> {
  try {
    const parsed = schema.safeParse(await browser.tabs.sendMessage(tabId, message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Outlines the cells of a finding made outside the page (a cross-year finding) on the tab. */
export function outlineFinding(tabId: number, finding: Finding): Promise<HighlightResponse | null> {
  return askTab(tabId, { type: 'outline', finding }, HighlightResponse);
}

export function highlight(tabId: number, index: number | null): Promise<HighlightResponse | null> {
  return askTab(tabId, { type: 'highlight', index }, HighlightResponse);
}

/** The tab's address (readable through activeTab while the popup is open) and whether it is a private window's. */
export async function tabInfo(tabId: number): Promise<{ url: string | null; incognito: boolean }> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url ?? null, incognito: tab.incognito === true };
  } catch {
    return { url: null, incognito: false };
  }
}

/**
 * The MIME type of the tab's document (`application/pdf` in the browser's PDF viewer, whatever the
 * address looks like); null when the extension may not look (no permission, a browser page).
 */
export async function tabContentType(tabId: number): Promise<string | null> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType });
    return typeof frame?.result === 'string' ? frame.result : null;
  } catch {
    return null;
  }
}

/** Opens the attachment viewer on a PDF/Word link, in a new tab next to the report. */
export async function openViewer(url: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(url)}` as '/viewer.html') });
}

/**
 * Opens the viewer on the pictures of a page's tables (`?page=<page>&title=<its title>&images=<JSON>`), to
 * read them by OCR; the title names the report the pictures' tables belong to.
 */
export async function openImagesViewer(page: string, title: string | null, images: TableImages): Promise<void> {
  const query = `page=${encodeURIComponent(page)}${title ? `&title=${encodeURIComponent(title)}` : ''}&images=${encodeURIComponent(JSON.stringify(images))}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?${query}` as '/viewer.html') });
}

/**
 * A PNG of what the tab shows now (the outlined cells), or the reason there is none. Allowed by
 * activeTab while the popup is open on that tab.
 */
export async function captureTab(tabId: number): Promise<{ dataUrl: string } | { error: string }> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { dataUrl: await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }) };
  } catch (e) {
    return { error: String((e as Error).message ?? e) };
  }
}

/** The content script's drawing of a finding's cells (when no screenshot is allowed). */
export async function snapshot(tabId: number, index: number): Promise<string | null> {
  return (await askTab(tabId, { type: 'snapshot', index }, SnapshotResponse))?.dataUrl ?? null;
}

/** How many annual reports the tab lists (a 年报 column page); 0 when it lists none or does not answer. */
export async function listedReports(tabId: number): Promise<number> {
  return (await askTab(tabId, { type: 'list-links' }, ListLinksResponse))?.links.length ?? 0;
}

/** Has the background set the tab's badge again from the decisions kept (after one was made or withdrawn here). */
export async function badgeVerdict(tabId: number): Promise<void> {
  const request: BadgeVerdictRequest = { type: 'badge-verdict', tabId };
  try {
    await browser.runtime.sendMessage(request);
  } catch {
    // the badge is a convenience: the decision itself is saved
  }
}
