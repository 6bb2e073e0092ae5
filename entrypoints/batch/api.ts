import { browser } from 'wxt/browser';
import { download } from '#lib/read';
import {
  type BatchItem,
  type BatchRow,
  failedRow,
  rowFromResult,
  unreadableRow,
  checkFetched,
  listLinks,
  type ReportLink,
  nextPageUrl,
  batchCrossYear,
  batchPublication,
} from '#lib/batch';
import { charsetFromContentType, decodeHtml, sha256Hex } from '#lib/model';
import { ListLinksResponse } from '#lib/page';
import type { CheckResult } from '#lib/check';
import { originPattern } from '@/utils/origin-pattern';
import { checkAttachment, openPdfAttachment } from '@/utils/read-attachment';
import { listRecords } from '@/utils/history-db';
import { recordCheck } from './record-history';
import { injectChecker } from '@/utils/inject-checker';

/** The batch page's only file that calls browser.* or the network; replies are safeParse'd. */

/** `?tab=<id>`: the list page whose links to take; null when the page was opened to paste links. */
export function tabFromSearch(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Asks the list page for its report links (through the checker, injected now); null when none answers. */
export async function linksOfTab(tabId: number): Promise<ListLinksResponse | null> {
  await injectChecker(tabId);
  try {
    const parsed = ListLinksResponse.safeParse(await browser.tabs.sendMessage(tabId, { type: 'list-links' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const GOV_CN = /(^|\.)gov\.cn$/i;

/**
 * Asks for the hosts outside *.gov.cn (the manifest's host permission) that the batch will fetch.
 * Must run first thing in a click handler: Chrome grants permissions only during a user gesture.
 * Returns the origins refused.
 */
export async function requestOrigins(urls: readonly string[]): Promise<string[]> {
  const origins = [...new Set(urls.filter((u) => !GOV_CN.test(new URL(u).hostname)).map(originPattern))];
  if (origins.length === 0) return [];
  try {
    return (await browser.permissions.request({ origins })) ? [] : origins;
  } catch {
    return origins;
  }
}

export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

const FETCH_TIMEOUT_MS = 60_000;

/**
 * Downloads one report with the user's own session (cookies of portals that need a login): its bytes and
 * content type, or the failed row that says why not, with the codes the viewer and the CLI give
 * (lib/attach/download.ts). 60 s and 64 MB for one report: a slow or endless server must not stall the batch.
 */
async function downloadRow(item: BatchItem, signal?: AbortSignal): Promise<{ bytes: Uint8Array; contentType: string | null } | BatchRow> {
  const got = await download(item.url, { fetch, timeoutMs: FETCH_TIMEOUT_MS, credentials: 'include', ...(signal ? { signal } : {}) });
  return got.ok ? { bytes: got.bytes, contentType: got.contentType } : failedRow(item, got.refused);
}

/** A checked report kept in the local history; a full or failing store never fails the row, it is said beside it. */
async function recorded(row: BatchRow, result: CheckResult, url: string, hash?: string): Promise<BatchRow> {
  if (!row.report?.detected) return row;
  const saved = await recordCheck(result, url, hash);
  return saved.error ? { ...row, historyError: saved.error } : row;
}

/**
 * Fetches one report with the user's own session and checks it: HTML decoded like a browser (GBK
 * pages), PDF/DOCX through the attachment reader.
 */
export async function checkUrl(item: BatchItem, signal?: AbortSignal): Promise<BatchRow> {
  const got = await downloadRow(item, signal);
  if ('status' in got) return got;
  const { bytes, contentType } = got;
  const seen: { result?: CheckResult; hash?: string } = {};
  const row = await checkFetched(
    item,
    { bytes, contentType },
    {
      parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
      checkAttachment,
      onChecked: (result, hash) => void Object.assign(seen, { result, hash }),
    },
  );
  // the local history, as for a page checked in its tab (an attachment under its byte hash, as the
  // viewer records it, so both give the same record)
  return seen.result ? recorded(row, seen.result, item.url, seen.hash) : row;
}

/**
 * 识别扫描件 for one row of the batch, on the user's click: the scanned PDF downloaded again (the batch
 * keeps no file) and its tables read by OCR in this page (utils/ocr-scan, loaded now and only now), as
 * the viewer reads them; the row it gives is kept in the history under the file's hash, as the viewer
 * keeps it. `onPage(n, of)` is told before each page; `signal` cancels (ScanCancelled is thrown).
 */
export async function ocrUrl(item: BatchItem, options: { onPage: (n: number, of: number) => void; signal: AbortSignal }): Promise<BatchRow> {
  const got = await downloadRow(item, options.signal);
  if ('status' in got) return got;
  const opened = await openPdfAttachment(got.bytes);
  if (opened.ok || opened.reason !== 'scanned-pdf' || !opened.doc) {
    await opened.doc?.destroy();
    return opened.ok ? checkUrl(item, options.signal) : unreadableRow(item, opened.refused);
  }
  const doc = opened.doc;
  try {
    const { ocrScannedPdf } = await import('@/utils/ocr-scan');
    // a scan whose title OCR does not read is named by its link, as the batch names it
    const result = await ocrScannedPdf(doc, item.url, { ...options, names: [item.linkText] });
    const hash = sha256Hex(got.bytes);
    return recorded(rowFromResult(item, result, hash), result, item.url, hash);
  } finally {
    await doc.destroy();
  }
}

/**
 * Once a batch is over, its reports against last year's (X-1…X-3 and the anomalies), from the history
 * that now holds every report of the batch, and against earlier checks of the same address and other
 * copies of the same report (publication integrity); without IndexedDB the rows are left as they are.
 */
export async function withCrossYear(rows: readonly BatchRow[]): Promise<BatchRow[]> {
  try {
    const history = await listRecords();
    return batchPublication(batchCrossYear(rows, history), history);
  } catch {
    return [...rows];
  }
}

/**
 * One more page of a list (its 下一页), fetched in the user's session like the reports: its report
 * links and its own next page. Null when it cannot be read.
 */
export async function fetchListPage(url: string): Promise<{ links: ReportLink[]; next: string | null } | null> {
  try {
    const res = await fetch(url, { credentials: 'include' });
    if (!res.ok) return null;
    const { text } = decodeHtml(new Uint8Array(await res.arrayBuffer()), charsetFromContentType(res.headers.get('content-type')));
    const doc = new DOMParser().parseFromString(text, 'text/html');
    return { links: listLinks(doc, url), next: nextPageUrl(doc, url) };
  } catch {
    return null;
  }
}
