import type { CanonicalReport } from '#lib/model';
import type { UnreadableReason } from '#lib/read';
import { readErrorMessage } from './read-error-message';
import type { ReadFailed } from './read-result';

/**
 * The canonical report plus the fields the CLI adds for an input it could not read: `errorCode`, the
 * stable code (the extension's, lib/attach/unreadable.ts), and `error`, its words (Chinese, then English).
 */
export type CliReport = CanonicalReport & { error?: string; errorCode?: UnreadableReason };

/**
 * The --json entry of an unreadable input: a canonical report with `detected: false`, empty tables,
 * its verdict 未能读取, and two extra fields: `error`, the words (Chinese, then English) rendered from
 * `errorCode`, the code; so the array still has one object per input.
 * @example unreadableReport(readFailed('a.txt', { reason: 'no-such-file' })) → { …, error: '文件不存在 (no such file)', errorCode: 'no-such-file' }
 */
export function unreadableReport(r: ReadFailed): CliReport {
  const message = readErrorMessage(r.refused);
  return {
    schemaVersion: 1,
    source: r.source,
    detected: false,
    format: 'unknown',
    title: null,
    agency: null,
    year: null,
    tables: { active: null, requests: null, review: null },
    findings: [],
    verdict: { kind: 'unreadable', errors: 0, warnings: 0, notes: 0, unchecked: 0, dismissed: 0 },
    error: `${message.zh} (${message.en})`,
    errorCode: r.refused.reason,
  };
}
