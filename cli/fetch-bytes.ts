import { MAX_INPUT_BYTES, readLimited } from '#lib/read';
import { readFailed, type ReadFailed } from './read-result';

/** The body of a successful HTTP response and its Content-Type. */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

const TIMEOUT_MS = 30_000;

/** AbortSignal.timeout's error: the refusal is then a code with its seconds, worded as the extension words it. */
function timedOut(e: unknown): boolean {
  return e instanceof Error && e.name === 'TimeoutError';
}

/** Network errors from undici hide the useful code (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function reason(e: unknown): string {
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

/**
 * GETs a URL with a 30 s timeout. HTTP errors (≥ 400) and network failures become a ReadFailed with
 * its code (http-error, network-error…), never an exception, so one dead link does not stop a batch.
 */
export async function fetchBytes(url: string, timeoutMs = TIMEOUT_MS): Promise<Fetched | ReadFailed> {
  let res: Response;
  try {
    // some government servers refuse requests without a browser-like Accept header
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.8' }, redirect: 'follow' });
  } catch (e) {
    // no response within the time: the viewer and the batch page call this no-answer too
    if (timedOut(e)) return readFailed(url, { reason: 'no-answer', seconds: timeoutMs / 1000 });
    return readFailed(url, { reason: 'network-error', why: reason(e) });
  }
  if (res.status >= 400) {
    await res.body?.cancel();
    return readFailed(url, { reason: 'http-error', status: res.status, ...(res.statusText ? { why: res.statusText } : {}) });
  }
  try {
    // counted as it streams in, after any gzip is undone: a 5 GB body or a gzip bomb stops at the limit
    const body = await readLimited(res.body, res.headers.get('content-length'));
    if (!body.ok) return readFailed(url, { reason: 'download-too-large', limit: MAX_INPUT_BYTES });
    return { bytes: body.bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    // the server answered, then the body did not arrive within the time
    if (timedOut(e)) return readFailed(url, { reason: 'download-timed-out', seconds: timeoutMs / 1000 });
    return readFailed(url, { reason: 'download-interrupted', detail: reason(e) });
  }
}
