/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtml, checkText } from '../../../lib/pipeline';
import { ReportVerdictSchema } from '../../../lib/model/verdict';
import { canonicalReport } from '../../../lib/report/canonical-report';
import { wideRow } from '../../../lib/report/table-matrix';
import { dismissedBy, reportVerdict } from '../../../lib/report/report-verdict';
import { verdictLine } from '../../../lib/report/verdict-words';
import type { Reviews } from '../../../lib/review/review';
import { findingKey } from '../../../lib/report/finding-key';
import { seedText } from '../../helpers/seeds';

const page = (file: string) =>
  checkHtml(new DOMParser().parseFromString(readFileSync(path.join(__dirname, '../../fixtures/pages', file), 'utf8'), 'text/html'), file).report;

describe('reportVerdict', () => {
  it('should call a consistent seed 一致, with its counts', () => {
    const v = reportVerdict(checkText(seedText('000'), 'seed-000.txt').report);
    expect(v).toEqual({ kind: 'ok', errors: 0, warnings: 0, notes: 0, unchecked: 0, dismissed: 0 });
    expect(verdictLine(v, 'zh')).toBe('一致：未发现错误；0 个警告、0 条提示');
    expect(verdictLine(v, 'en')).toBe('Consistent: no errors; 0 warnings, 0 notes');
  });

  it('should say 有错误 with the counts of seed 002', () => {
    const v = reportVerdict(checkText(seedText('002'), 'seed-002.txt').report);
    expect(v).toEqual({ kind: 'error', errors: 5, warnings: 3, notes: 4, unchecked: 0, dismissed: 0 });
    expect(verdictLine(v, 'zh')).toBe('有错误：5 个错误；3 个警告、4 条提示');
    expect(ReportVerdictSchema.safeParse(v).success).toBe(true);
  });

  it('should say 仅有警告 with "未发现错误", not "发现 0 个错误" (seed 003)', () => {
    const v = reportVerdict(checkText(seedText('003'), 'seed-003.txt').report);
    expect(verdictLine(v, 'zh')).toBe('仅有警告：未发现错误；2 个警告、0 条提示');
    expect(verdictLine(v, 'en')).toBe('Warnings only: no errors; 2 warnings, 0 notes');
  });

  it('should not call a report with 25 row totals left undone by blank cells 一致 (blank-columns.html)', () => {
    const report = page('blank-columns.html');
    const v = reportVerdict(report);
    expect(v.kind).toBe('partial');
    // 25 row totals, the column balance and the 总计 not assessable: 27 checks not made
    expect(v.unchecked).toBe(27);
    expect(verdictLine(v, 'zh')).toBe(`可核部分一致（27 处未核）：未发现错误；0 个警告、${v.notes} 条提示`);
    expect(verdictLine(v, 'en')).toMatch(/^Consistent where checkable \(27 not checked\): no errors; 0 warnings, \d+ notes$/);
    // the canonical report carries the verdict, so what reads it later (the history) keeps the count
    const canonical = canonicalReport(report);
    expect(canonical.verdict).toEqual(v);
    expect(reportVerdict(canonical)).toEqual(v);
    // the CSV of --layout row says it too, with the checks not made in a column of their own
    const row = wideRow(report);
    expect(row.values.slice(5, 11)).toEqual(['可核部分一致（27 处未核）', '0', '0', String(v.notes), '27', '0']);
  });

  it('should count a figure not read for sure as a check not made (unread-figure.html)', () => {
    const v = reportVerdict(page('unread-figure.html'));
    expect(v.kind).toBe('partial');
    expect(v.unchecked).toBeGreaterThanOrEqual(1);
  });

  it('should say 未能读取 of a page that is not a report, and of a report whose tables are images', () => {
    const not = reportVerdict(page('not-report.html'));
    expect(not.kind).toBe('unreadable');
    expect(verdictLine(not, 'zh')).toBe('未能读取：未作核对');
    expect(reportVerdict(page('images-only.html')).kind).toBe('unreadable');
  });

  it('should follow the findings left standing when an auditor dismisses some, and always say how many', () => {
    const report = checkText(seedText('002'), 'seed-002.txt').report;
    const errors = report.findings.filter((f) => f.severity === 'error');
    const one: Reviews = { [findingKey(errors[0]!)]: { status: 'dismissed', note: '清理后调整', at: '2026-01-01T00:00:00Z' } };
    const v1 = reportVerdict(report, dismissedBy(report.findings, one));
    expect(v1).toMatchObject({ kind: 'error', errors: 4, dismissed: 1 });
    expect(verdictLine(v1, 'zh')).toBe('有错误：4 个错误；3 个警告、4 条提示；1 个已驳回');
    // every error dismissed: the auditor judged none an error, so the warnings decide
    const all: Reviews = Object.fromEntries(errors.map((f) => [findingKey(f), { status: 'dismissed' as const, note: '', at: '2026-01-01T00:00:00Z' }]));
    const v5 = reportVerdict(report, dismissedBy(report.findings, all));
    expect(verdictLine(v5, 'zh')).toBe('仅有警告：未发现错误；3 个警告、4 条提示；5 个已驳回');
    expect(verdictLine(v5, 'en')).toBe('Warnings only: no errors; 3 warnings, 4 notes; 5 dismissed');
    // a confirmed finding stays
    const confirmed: Reviews = { [findingKey(errors[0]!)]: { status: 'confirmed', note: '', at: '2026-01-01T00:00:00Z' } };
    expect(reportVerdict(report, dismissedBy(report.findings, confirmed))).toMatchObject({ errors: 5, dismissed: 0 });
  });
});
