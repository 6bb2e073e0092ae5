import { SEVERITY_WORDS } from '../report/severity-words';
import { refusalSentence } from '../attach/unreadable';
import type { BatchRow } from '../batch/batch-row';
import type { BatchVerdict } from '../model/verdict';
import { cellList } from '../model/cell-label';
import { renderFinding } from '../report/render-finding';
import type { Lang } from '../model/lang';
import { toCsv } from './delimited';
import type { ReportVerdict } from '../model/verdict';
import { reportVerdict } from '../report/report-verdict';
import { VERDICT_WORDS as REPORT_VERDICT_WORDS, verdictTitle } from '../report/verdict-words';

/** Verdicts in words for spreadsheets, in the auditor's interface language: a report's (lib/report/verdict-words.ts), or not a report. */
export const VERDICT_WORDS: Record<Lang, Record<BatchVerdict, string>> = {
  zh: { ...REPORT_VERDICT_WORDS.zh, 'not-a-report': `${REPORT_VERDICT_WORDS.zh.unreadable}（非年报）` },
  en: { ...REPORT_VERDICT_WORDS.en, 'not-a-report': `${REPORT_VERDICT_WORDS.en.unreadable} (not a report)` },
};
export const VERDICT_ZH = VERDICT_WORDS.zh;
export const STATUS_WORDS: Record<Lang, Record<BatchRow['status'], string>> = {
  zh: { pending: '未开始', running: '检查中', done: '已完成', failed: '失败', cancelled: '已取消' },
  en: { pending: 'Not started', running: 'Checking', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
};
export const STATUS_ZH = STATUS_WORDS.zh;

/** The auditor's decision on one finding (confirmed/dismissed in the popup or viewer), when there is one. */
export interface FindingReview {
  status: string;
  note: string;
  /** dismissed (驳回): the verdict no longer counts the finding */
  dismissed?: boolean;
}
/** The decision on finding `index` of a row's report. */
export type ReviewLookup = (row: BatchRow, index: number) => FindingReview | undefined;

export const GRID_HEADERS: Record<Lang, string[]> = {
  zh: ['机关', '年度', '结论', '错误', '警告', '提示', '未核', '已驳回', '链接', '出错信息'],
  en: ['Agency', 'Year', 'Verdict', 'Errors', 'Warnings', 'Notes', 'Not checked', 'Dismissed', 'Link', 'Error'],
};
export const GRID_HEADER = GRID_HEADERS.zh;

/** A checked report's verdict after the auditor's decisions (lib/report/report-verdict.ts); null for a row with no report. */
export function rowVerdict(row: BatchRow, review?: ReviewLookup): ReportVerdict | null {
  if (!row.report) return null;
  return reportVerdict(row.report, (i) => review?.(row, i)?.dismissed === true);
}

/** A row's kind of verdict after the auditor's decisions (what the grid colours and the progress counts), or as the row has it when it has no report. */
export function rowKind(row: BatchRow, review?: ReviewLookup): BatchVerdict | null {
  return (row.report?.detected ? rowVerdict(row, review)?.kind : null) ?? row.verdict;
}

/** The verdict cell: the report's verdict as every screen says it, 非年报, or the row's state when it has none (failed, cancelled). */
export function verdictText(row: BatchRow, lang: Lang = 'zh', review?: ReviewLookup): string {
  const v = row.report?.detected ? rowVerdict(row, review) : null;
  if (v) return verdictTitle(v, lang);
  return row.verdict ? VERDICT_WORDS[lang][row.verdict] : STATUS_WORDS[lang][row.status];
}

/** The counts of the grid: errors, warnings, notes, checks not made, dismissed (after the decisions); the row's counts when it has no report. */
export function gridCounts(row: BatchRow, review?: ReviewLookup): number[] {
  const v = row.report?.detected ? rowVerdict(row, review) : null;
  return v ? [v.errors, v.warnings, v.notes, v.unchecked, v.dismissed] : [row.counts.error, row.counts.warning, row.counts.info, 0, 0];
}

/** The batch grid, one line per report (agency, year, verdict, counts, URL, error). */
export function gridMatrix(rows: readonly BatchRow[], lang: Lang = 'zh', review?: ReviewLookup): string[][] {
  return [
    GRID_HEADERS[lang],
    ...rows.map((r) => [
      r.agency ?? r.linkText,
      r.year === null ? '' : String(r.year),
      verdictText(r, lang, review),
      ...gridCounts(r, review).map(String),
      r.url,
      r.error ? refusalSentence(r.error)[lang] : '',
    ]),
  ];
}

/** The grid as CSV with a BOM (Excel on Windows then reads the Chinese text). */
export function batchGridCsv(rows: readonly BatchRow[], lang: Lang = 'zh', review?: ReviewLookup): string {
  return toCsv(gridMatrix(rows, lang, review));
}

/** The findings list's columns; 说明 is the canonical (Chinese) message of output.md, Message its English rendering. */
export const FINDINGS_HEADERS: Record<Lang, string[]> = {
  zh: ['机关', '年度', '链接', '规则', '严重程度', '说明', '涉及单元格', '应为', '报告为'],
  en: ['Agency', 'Year', 'Link', 'Rule', 'Severity', 'Message', 'Cells', 'Expected', 'Reported'],
};
export const FINDINGS_HEADER = FINDINGS_HEADERS.zh;
export const REVIEW_HEADERS: Record<Lang, string[]> = { zh: ['复核状态', '复核备注'], en: ['Review', 'Review note'] };
export const REVIEW_HEADER = REVIEW_HEADERS.zh;

/**
 * Every finding of every checked report, one line each, its cells named by their labels (never the
 * model's keys, which the JSON export keeps); with `review`, two more columns carry the reviewer's
 * status and note (empty where a finding has not been reviewed).
 */
export function findingsMatrix(rows: readonly BatchRow[], review?: ReviewLookup, lang: Lang = 'zh'): string[][] {
  const out: string[][] = [review ? [...FINDINGS_HEADERS[lang], ...REVIEW_HEADERS[lang]] : FINDINGS_HEADERS[lang]];
  for (const r of rows) {
    if (!r.report?.detected) continue;
    r.report.findings.forEach((f, index) => {
      const line = [
        r.agency ?? r.linkText,
        r.year === null ? '' : String(r.year),
        r.url,
        f.rule,
        SEVERITY_WORDS[lang][f.severity],
        renderFinding(f, lang),
        cellList(f.cells, lang, Number.POSITIVE_INFINITY),
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
export function batchFindingsCsv(rows: readonly BatchRow[], review?: ReviewLookup, lang: Lang = 'zh'): string {
  return toCsv(findingsMatrix(rows, review, lang));
}
