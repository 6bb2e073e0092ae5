import { recordInputFromCheck } from '#lib/history';
import type { CheckResult } from '#lib/check';
import { type HistorySave, keepInHistory } from '@/utils/history-writer';

/**
 * Has the background keep a report checked by the batch in the local history. An attachment passes its
 * byte hash (AttachmentOutcome.hash), the key the viewer records the same file under; a page has none
 * and is keyed by its report text (reportHash), as the content script keys it.
 */
export function recordCheck(result: CheckResult, url: string, bytesHash?: string, now = new Date()): Promise<HistorySave> {
  const input = recordInputFromCheck(result, url, now.toISOString());
  return keepInHistory(bytesHash ? { ...input, hash: bytesHash } : input);
}
