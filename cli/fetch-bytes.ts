import { download } from '#lib/read';
import { readFailed, type ReadFailed } from './read-result';

/** The body of a successful HTTP response and its Content-Type. */
export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
}

const TIMEOUT_MS = 30_000;

/**
 * GETs a URL with a 30 s timeout. HTTP errors and network failures become a ReadFailed with the codes the
 * batch page and the viewer give (lib/attach/download.ts), never an exception, so one dead link does not
 * stop a batch.
 */
export async function fetchBytes(url: string, timeoutMs = TIMEOUT_MS): Promise<Fetched | ReadFailed> {
  // some government servers refuse requests without a browser-like Accept header
  const got = await download(url, { fetch, timeoutMs, headers: { accept: 'text/html,text/plain;q=0.9,*/*;q=0.8' } });
  return got.ok ? { bytes: got.bytes, contentType: got.contentType } : readFailed(url, got.refused);
}
