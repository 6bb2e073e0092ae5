import { buildRecord, recordInputFromCheck } from '#lib/history';
import type { CheckResult } from '#lib/pipeline';
import { putRecord } from '@/utils/history-db';

/**
 * Keeps a report checked by the batch in the local history (IndexedDB of the extension origin). An
 * attachment passes its byte hash (AttachmentOutcome.hash), the key the viewer records the same file
 * under; a page has none and is keyed by its report text (reportHash), as the content script keys it.
 */
export async function recordCheck(result: CheckResult, url: string, bytesHash?: string, now = new Date()): Promise<void> {
  const input = recordInputFromCheck(result, url, now.toISOString());
  await putRecord(buildRecord(bytesHash ? { ...input, hash: bytesHash } : input));
}
