import { buildRecord, recordInputFromCheck } from '@/lib/history/build-record';
import type { CheckResult } from '@/lib/pipeline';
import { putRecord } from '@/utils/history-db';

/** Keeps a report checked by the batch in the local history (IndexedDB of the extension origin). */
export async function recordCheck(result: CheckResult, url: string, now = new Date()): Promise<void> {
  await putRecord(buildRecord(recordInputFromCheck(result, url, now.toISOString())));
}
