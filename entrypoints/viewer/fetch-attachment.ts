import { browser } from 'wxt/browser';
import { MAX_INPUT_BYTES, type Refusal, readLimited } from '#lib/read';
import { originPattern } from '@/utils/origin-pattern';

/** What a download gave: the bytes, the site to ask the user for, or why not as a refusal code (worded where it is shown). */
export type Fetched = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; needPermission: string } | { ok: false; refused: Refusal };

const FETCH_TIMEOUT_MS = 120_000;

/**
 * Downloads the attachment the user asked for, in their own session (cookies included). *.gov.cn is
 * granted at install; any other site must be granted by the user first (a click on the grant button).
 * A failure has the codes the batch page and the CLI give theirs (http-error, network-error…).
 */
export async function fetchAttachment(url: string): Promise<Fetched> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let answered = false;
  try {
    const res = await fetch(url, { credentials: 'include', signal: timeout });
    answered = true;
    if (!res.ok) return { ok: false, refused: { reason: 'http-error', status: res.status } };
    const body = await readLimited(res.body, res.headers.get('content-length'));
    if (!body.ok) return { ok: false, refused: { reason: 'download-too-large', limit: MAX_INPUT_BYTES } };
    return { ok: true, bytes: body.bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => true);
    if (!granted) return { ok: false, needPermission: originPattern(url) };
    const seconds = FETCH_TIMEOUT_MS / 1000;
    if (timeout.aborted) return { ok: false, refused: answered ? { reason: 'download-timed-out', seconds } : { reason: 'no-answer', seconds } };
    const why = String((e as Error).message ?? e);
    return { ok: false, refused: answered ? { reason: 'download-interrupted', detail: why } : { reason: 'network-error', why } };
  }
}

/** Asks for one site (must run in a click handler). */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
