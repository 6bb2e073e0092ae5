import { browser } from 'wxt/browser';
import { download, type Refusal } from '#lib/read';
import { originPattern } from '@/utils/origin-pattern';

/** What a download gave: the bytes, the site to ask the user for, or why not as a refusal code (worded where it is shown). */
export type Fetched = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; needPermission: string } | { ok: false; refused: Refusal };

const FETCH_TIMEOUT_MS = 120_000;

/** Failures with no answer from the server: on a site not granted, the browser's refusal looks like these. */
const UNANSWERED = new Set<Refusal['reason']>(['network-error', 'no-answer']);

/**
 * Downloads the attachment the user asked for, in their own session (cookies included). *.gov.cn is
 * granted at install; any other site must be granted by the user first (a click on the grant button).
 * A failure has the codes the batch page and the CLI give theirs (lib/attach/download.ts).
 */
export async function fetchAttachment(url: string): Promise<Fetched> {
  const got = await download(url, { fetch, timeoutMs: FETCH_TIMEOUT_MS, credentials: 'include' });
  if (got.ok || !UNANSWERED.has(got.refused.reason)) return got;
  const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => true);
  return granted ? got : { ok: false, needPermission: originPattern(url) };
}

/** Asks for one site (must run in a click handler). */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
