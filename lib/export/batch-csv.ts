import { SEVERITY_WORDS } from '../report/severity-words';
import type { BatchRow, Verdict } from '../batch/batch-row';
import { toCsv } from './delimited';

/** Verdicts in words for spreadsheets (the auditors' reading language). */
export const VERDICT_ZH: Record<Verdict, string> = {
  error: '有错误',
  warning: '有警告',
  ok: '勾稽一致',
  partial: '部分数字未能读取',
  'not-a-report': '非年报',
  unreadable: '表格无法读取',
};
export const STATUS_ZH: Record<BatchRow['status'], string> = { pending: '未开始', running: '检查中', done: '已完成', failed: '失败', cancelled: '已取消' };

/** The auditor's decision on one finding (confirmed/dismissed in the popup or viewer), when there is one. */
export interface FindingReview {
  status: string;
  note: string;
}
/** The decision on finding `index` of a row's report. */
export type ReviewLookup = (row: BatchRow, index: number) => FindingReview | undefined;

export const GRID_HEADER = ['机关', '年度', '结论', '错误', '警告', '提示', '链接', '出错信息'];

/** The verdict cell: the verdict, or the row's state when it has none (failed, cancelled). */
export function verdictText(row: BatchRow): string {
  return row.verdict ? VERDICT_ZH[row.verdict] : STATUS_ZH[row.status];
}

/** The batch grid, one line per report (agency, year, verdict, counts, URL, error). */
export function gridMatrix(rows: readonly BatchRow[]): string[][] {
  return [
    GRID_HEADER,
    ...rows.map((r) => [
      r.agency ?? r.linkText,
      r.year === null ? '' : String(r.year),
      verdictText(r),
      String(r.counts.error),
      String(r.counts.warning),
      String(r.counts.info),
      r.url,
      r.error?.zh ?? '',
    ]),
  ];
}

/** The grid as CSV with a BOM (Excel on Windows then reads the Chinese text). */
export function batchGridCsv(rows: readonly BatchRow[]): string {
  return toCsv(gridMatrix(rows));
}

export const FINDINGS_HEADER = ['机关', '年度', '链接', '规则', '严重程度', '说明', '涉及单元格', '应为', '报告为'];
export const REVIEW_HEADER = ['复核状态', '复核备注'];

/**
 * Every finding of every checked report, one line each; with `review`, two more columns carry the
 * reviewer's status and note (empty where a finding has not been reviewed).
 */
export function findingsMatrix(rows: readonly BatchRow[], review?: ReviewLookup): string[][] {
  const out: string[][] = [review ? [...FINDINGS_HEADER, ...REVIEW_HEADER] : FINDINGS_HEADER];
  for (const r of rows) {
    if (!r.report?.detected) continue;
    r.report.findings.forEach((f, index) => {
      const line = [
        r.agency ?? r.linkText,
        r.year === null ? '' : String(r.year),
        r.url,
        f.rule,
        SEVERITY_WORDS.zh[f.severity],
        f.message,
        f.cells.join(' '),
        f.expected === null ? '' : String(f.expected),
        f.actual === null ? '' : String(f.actual),
      ];
      if (review) {
        const v = review(r, index);
        line.push(v?.status ?? '', v?.note ?? '');
      }
      out.push(line);
    });
  }
  return out;
}

/** All findings as CSV with a BOM. */
export function batchFindingsCsv(rows: readonly BatchRow[], review?: ReviewLookup): string {
  return toCsv(findingsMatrix(rows, review));
}
