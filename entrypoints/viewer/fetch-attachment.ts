import { browser } from 'wxt/browser';
import { MAX_INPUT_BYTES, megabytes, readLimited } from '#lib/read';
import { originPattern } from '@/utils/origin-pattern';

export type Fetched = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; needPermission: string } | { ok: false; error: string };

/**
 * Downloads the attachment the user asked for, in their own session (cookies included). *.gov.cn is
 * granted at install; any other site must be granted by the user first (a click on the grant button).
 */
export async function fetchAttachment(url: string): Promise<Fetched> {
  try {
    const res = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(120_000) });
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    const body = await readLimited(res.body, res.headers.get('content-length'));
    if (!body.ok) return { ok: false, error: `over ${megabytes(MAX_INPUT_BYTES)}` };
    return { ok: true, bytes: body.bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    const granted = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => true);
    return granted ? { ok: false, error: String((e as Error).message ?? e) } : { ok: false, needPermission: originPattern(url) };
  }
}

/** Asks for one site (must run in a click handler). */
export function requestOrigin(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
