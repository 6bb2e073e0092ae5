import { browser } from 'wxt/browser';
import { buildRecord, type RecordInput, type StorageError, storageError } from '#lib/history';
import { PutRecordRequest, PutRecordResponse } from '#lib/page';
import { putRecord } from './history-db';

/**
 * The local history's one writer is the background: pages (popup, viewer, batch) hand it their checks
 * here, the content script by `record-report` (entrypoints/background.ts). Reading stays where it is.
 */

/** What became of a page's record: old records dropped for room, refused as too big alone, or why it was not kept. */
export interface HistorySave {
  dropped: number;
  refused: boolean;
  error: StorageError | null;
}

/** Page side: asks the background to keep this checked report in the history; a failure comes back as a value. */
export async function keepInHistory(input: RecordInput): Promise<HistorySave> {
  const request: PutRecordRequest = { type: 'put-record', ...input };
  try {
    const reply = PutRecordResponse.safeParse(await browser.runtime.sendMessage(request));
    if (!reply.success) return { dropped: 0, refused: false, error: { code: 'no-answer' } };
    return reply.data.status === 'ok'
      ? { dropped: reply.data.dropped, refused: reply.data.refused, error: null }
      : { dropped: 0, refused: false, error: reply.data.error };
  } catch (err) {
    return { dropped: 0, refused: false, error: storageError(err) };
  }
}

/**
 * Background side: answers a `put-record` from one of the extension's own pages (a content script or a
 * web page cannot name the address a record is kept under); undefined for any other message, so
 * another listener answers it. The record is built here and stored.
 */
export function answerPutRecord(message: unknown, sender: { url?: string }): Promise<PutRecordResponse> | undefined {
  const request = PutRecordRequest.safeParse(message);
  if (!request.success) return undefined;
  if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return Promise.resolve({ status: 'error', error: { code: 'not-extension-page' } });
  const { type: _type, ...input } = request.data;
  // as the pages wrote it before: a local PDF opened in the browser keeps its file: address
  return putRecord(buildRecord(input)).then(
    ({ dropped, refused }): PutRecordResponse => ({ status: 'ok', dropped: dropped.length, refused: refused.length > 0 }),
    (err: unknown): PutRecordResponse => ({ status: 'error', error: storageError(err) }),
  );
}
