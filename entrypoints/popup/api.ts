import { browser } from 'wxt/browser';
import { GetReportResponse, HighlightResponse, SnapshotResponse, type ContentRequest } from '@/lib/messages';
import type { Finding } from '@/lib/report/finding';

/** The popup's messages to its tab and its tab actions: every reply is safeParse'd before use. */

/** The tab to check: `?tab=<id>` (tests open the popup in a tab of its own), else the active tab. */
export async function targetTab(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the page for its report; `no-script` when no content script answers (not a gov.cn page). */
export async function requestReport(tabId: number, force = false): Promise<GetReportResponse | { status: 'no-script' }> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: 'get-report', ...(force ? { force } : {}) });
  } catch {
    return { status: 'no-script' };
  }
  const parsed = GetReportResponse.safeParse(reply);
  return parsed.success ? parsed.data : { status: 'error', message: 'invalid reply from the page' };
}

/** Injects the content script into a page the manifest does not cover (activeTab), then asks again. */
export async function checkOnDemand(tabId: number): Promise<GetReportResponse | { status: 'no-script' }> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return requestReport(tabId, true);
}

/** A question to the tab's content script, its answer checked against `schema`; null when there is none. */
async function askTab<T>(
  tabId: number,
  message: ContentRequest,
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

/** Opens the attachment viewer on a PDF/Word link, in a new tab next to the report. */
export async function openViewer(url: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/viewer.html?url=${encodeURIComponent(url)}` as '/viewer.html') });
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
