import { MAX_INPUT_BYTES, readLimited } from '../net/read-limited';
import type { Refusal } from './unreadable';

/** What one download gave: the body and its Content-Type, or why not as a refusal code (worded where it is shown). */
export type Downloaded = { ok: true; bytes: Uint8Array; contentType: string | null } | { ok: false; refused: Refusal };

/** The fetch to use: the browser's (in the user's session) or Node's; injected, as lib touches no global. */
export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

export interface DownloadOptions {
  fetch: FetchFn;
  /** for the whole download, headers and body; past it the refusal is no-answer or download-timed-out */
  timeoutMs: number;
  /** the user's cancel: the download then throws the signal's reason, as a cancelled fetch does */
  signal?: AbortSignal;
  /** `include` in the extension: portals that need a login get the user's cookies */
  credentials?: RequestCredentials;
  headers?: Record<string, string>;
}

/** Network errors from undici hide the useful code (ECONNREFUSED, ENOTFOUND…) in `cause`; a browser's have none. */
function why(e: unknown): string {
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Downloads one report or attachment for the CLI, the batch page and the viewer alike, so that the same
 * failure gets the same code everywhere: a server that does not answer in time is `no-answer`, an HTTP
 * error `http-error` with its status, a refused connection `network-error`, a body that stops arriving
 * `download-timed-out`, one that breaks off `download-interrupted`, one over the input limit
 * `download-too-large` (counted as it streams in, after any gzip is undone). Never throws, except when the
 * caller's own signal cancels it.
 * @example await download(url, { fetch, timeoutMs: 300 }) → { ok: false, refused: { reason: 'no-answer', seconds: 0.3 } }
 */
export async function download(url: string, options: DownloadOptions): Promise<Downloaded> {
  // called unbound: a browser's fetch throws "Illegal invocation" when `this` is the options object
  const { fetch: get, timeoutMs, signal } = options;
  const seconds = timeoutMs / 1000;
  // a slow or endless server must not stall a batch: the timeout holds whatever the user's cancel does
  const timeout = AbortSignal.timeout(timeoutMs);
  // either stops the request (AbortSignal.any is missing in Firefox before 124)
  const both = new AbortController();
  for (const s of [signal, timeout]) s?.addEventListener('abort', () => both.abort(s.reason), { once: true });
  const cancelled = (e: unknown): never => {
    throw signal?.reason ?? e;
  };
  let res: Response;
  try {
    res = await get(url, {
      signal: both.signal,
      redirect: 'follow',
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(options.headers ? { headers: options.headers } : {}),
    });
  } catch (e) {
    if (signal?.aborted) return cancelled(e);
    if (timeout.aborted) return { ok: false, refused: { reason: 'no-answer', seconds } };
    return { ok: false, refused: { reason: 'network-error', why: why(e) } };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, refused: { reason: 'http-error', status: res.status, ...(res.statusText ? { why: res.statusText } : {}) } };
  }
  try {
    const body = await readLimited(res.body, res.headers.get('content-length'));
    if (!body.ok) return { ok: false, refused: { reason: 'download-too-large', limit: MAX_INPUT_BYTES } };
    return { ok: true, bytes: body.bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    if (signal?.aborted) return cancelled(e);
    // the server answered, then the body did not arrive within the time
    if (timeout.aborted) return { ok: false, refused: { reason: 'download-timed-out', seconds } };
    return { ok: false, refused: { reason: 'download-interrupted', detail: why(e) } };
  }
}
