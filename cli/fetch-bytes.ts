import { MAX_INPUT_BYTES, megabytes, readLimited } from '#lib/read';
import { readFailed, type ReadFailed } from './read-result';

/** The body of a successful HTTP response and its Content-Type. */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

const TIMEOUT_MS = 30_000;

/** Network errors from undici hide the useful code (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function reason(e: unknown): string {
  if (e instanceof Error && e.name === 'TimeoutError') return `timed out after ${TIMEOUT_MS / 1000} s`;
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
}

/**
 * GETs a URL with a 30 s timeout. HTTP errors (≥ 400) and network failures become a ReadFailed with
 * a message in both languages, never an exception, so one dead link does not stop a batch.
 */
export async function fetchBytes(url: string, timeoutMs = TIMEOUT_MS): Promise<Fetched | ReadFailed> {
  let res: Response;
  try {
    // some government servers refuse requests without a browser-like Accept header
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.8' }, redirect: 'follow' });
  } catch (e) {
    const why = reason(e);
    return readFailed(url, `无法下载（网络错误：${why}）`, `cannot download (network error: ${why})`);
  }
  if (res.status >= 400) {
    await res.body?.cancel();
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    return readFailed(url, `无法下载（服务器返回 ${status}）`, `cannot download (the server answered ${status})`);
  }
  try {
    // counted as it streams in, after any gzip is undone: a 5 GB body or a gzip bomb stops at the limit
    const body = await readLimited(res.body, res.headers.get('content-length'));
    if (!body.ok)
      return readFailed(
        url,
        `下载内容超过 ${megabytes(MAX_INPUT_BYTES)}，不是一份年报的大小，已停止下载`,
        `the download is over ${megabytes(MAX_INPUT_BYTES)}: not a report, stopped`,
      );
    return { bytes: body.bytes, contentType: res.headers.get('content-type') };
  } catch (e) {
    const why = reason(e);
    return readFailed(url, `下载中断（${why}）`, `download interrupted (${why})`);
  }
}
