import type { CanonicalReport } from '#lib/model';
import type { ReadFailed } from './read-result';

/** The canonical report plus the one field the CLI adds for an input it could not read. */
export type CliReport = CanonicalReport & { error?: string };

/**
 * The --json entry of an unreadable input: a canonical report with `detected: false`, empty tables
 * and an extra `error` field, its verdict 未能读取 (Chinese, then English), so the array still has one object per input.
 * @example unreadableReport(readFailed('a.txt', '文件不存在', 'no such file')).error → '文件不存在 (no such file)'
 */
export function unreadableReport(r: ReadFailed): CliReport {
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
    error: `${r.error.zh} (${r.error.en})`,
  };
}
