import { describe, expect, it } from 'vitest';
import { badgeFor, decidedSummary } from '../../../lib/badge';
import { ReportSummary } from '../../../lib/messages';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { gridCounts, rowKind, verdictText } from '../../../lib/export/batch-csv';
import { reviewLookup } from '../../../lib/export/review-lookup';
import { checkText } from '../../../lib/pipeline';
import { canonicalReport } from '../../../lib/report/canonical-report';
import { dismissedBy, reportVerdict } from '../../../lib/report/report-verdict';
import { verdictLine } from '../../../lib/report/verdict-words';
import { recordVerdict } from '../../../lib/review/decided-verdict';
import { findingKey, type Reviews } from '../../../lib/review/review';
import { seedText } from '../../helpers/seeds';

// seed 002 (北京市密云区商务局 2023): 5 errors (3 t3-balance, 2 t3-outcome-total), 3 warnings, 4 notes
const URL = 'https://www.bjmy.gov.cn/swj/2023.html';
const checked = checkText(seedText('002'), URL);
const findings = checked.findings;
// as a history record keeps it: each finding's Chinese words, no details
const record = canonicalReport(checked.report);
const at = '2026-12-06T10:00:00+08:00';
const idx = (rule: string) => findings.findIndex((f) => f.rule === rule);
const dismiss = (...indexes: number[]): Reviews =>
  Object.fromEntries(indexes.map((i) => [findingKey(findings[i]!), { status: 'dismissed' as const, note: '', at }]));
// what the popup says (components/ReportHeader.tsx): the checked findings with their details
const popupVerdict = (reviews: Reviews) => reportVerdict(checked.report, dismissedBy(findings, reviews));

describe('recordVerdict', () => {
  it('should say what the popup says after one error and a narrative warning are dismissed', () => {
    const reviews = dismiss(idx('t3-balance'), idx('sections'));
    expect(recordVerdict(record, reviews)).toEqual({ kind: 'error', errors: 4, warnings: 2, notes: 4, unchecked: 0, dismissed: 2 });
    expect(recordVerdict(record, reviews)).toEqual(popupVerdict(reviews));
    expect(verdictLine(recordVerdict(record, reviews), 'zh')).toBe('有错误：4 个错误；2 个警告、4 条提示；2 个已驳回');
  });

  it('should recover a decision on a finding that quotes the narrative (its key hashes the quote)', () => {
    const reviews = dismiss(idx('narrative-received'), idx('copy-paste-traces'));
    expect(recordVerdict(record, reviews)).toEqual({ kind: 'error', errors: 5, warnings: 2, notes: 3, unchecked: 0, dismissed: 2 });
  });

  it('should turn the kind to warnings only when every error is dismissed', () => {
    const errors = findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
    expect(errors).toHaveLength(5);
    expect(recordVerdict(record, dismiss(...errors))).toEqual({ kind: 'warning', errors: 0, warnings: 3, notes: 4, unchecked: 0, dismissed: 5 });
  });

  it('should leave the verdict as checked with no decisions, or only confirmed ones', () => {
    const asChecked = { kind: 'error', errors: 5, warnings: 3, notes: 4, unchecked: 0, dismissed: 0 };
    expect(recordVerdict(record, undefined)).toEqual(asChecked);
    expect(recordVerdict(record, {})).toEqual(asChecked);
    const confirmed: Reviews = { [findingKey(findings[0]!)]: { status: 'confirmed', note: '多报', at } };
    expect(recordVerdict(record, confirmed)).toEqual(asChecked);
  });
});

describe('reviewLookup', () => {
  const row = rowFromResult({ url: URL, linkText: '2023年报' }, checked);

  it('should count a batch row’s dismissed finding in its verdict and its counts, as the popup does', () => {
    const reviews = dismiss(idx('t3-outcome-total'));
    const review = reviewLookup((r) => (r === row ? reviews : undefined), 'zh');
    expect(review(row, idx('t3-outcome-total'))).toEqual({ status: '已驳回', note: '', dismissed: true });
    expect(review(row, idx('t3-balance'))).toBeUndefined();
    expect(gridCounts(row, review)).toEqual([4, 3, 4, 0, 1]);
    expect(verdictText(row, 'zh', review)).toBe('有错误');
    expect(gridCounts(row)).toEqual([5, 3, 4, 0, 0]);
  });

  it('should colour and count a row whose errors were all dismissed as warnings only', () => {
    const errors = findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
    const review = reviewLookup(() => dismiss(...errors), 'zh');
    expect(rowKind(row, review)).toBe('warning');
    expect(verdictText(row, 'zh', review)).toBe('仅有警告');
    expect(rowKind(row)).toBe('error');
    // a row with no report keeps its own
    expect(rowKind({ ...row, report: null, verdict: 'not-a-report' }, review)).toBe('not-a-report');
  });

  it('should name the decision in the interface language', () => {
    const reviews: Reviews = { [row.findingKeys[0]!]: { status: 'confirmed', note: 'checked', at } };
    expect(reviewLookup(() => reviews, 'en')(row, 0)).toEqual({ status: 'Confirmed', note: 'checked', dismissed: false });
  });
});

describe('decidedSummary', () => {
  it('should count one dismissed error off the badge and say it in the tooltip, as the popup says it', () => {
    const error = idx('t3-outcome-total');
    const summary = decidedSummary(checked.report, dismiss(error));
    expect(summary.verdict).toEqual({ kind: 'error', errors: 4, warnings: 3, notes: 4, unchecked: 0, dismissed: 1 });
    expect(ReportSummary.safeParse(summary).success).toBe(true);
    expect(badgeFor(summary, 'zh')).toEqual({ text: '4', color: '#c62828', title: '年报——有错误：4 个错误；3 个警告、4 条提示；1 个已驳回' });
    expect(badgeFor(summary, 'en')?.title).toBe('Annual report — Errors found: 4 errors; 3 warnings, 4 notes; 1 dismissed');
  });

  it('should show the warning count on amber once every error is dismissed, and the checked verdict with no decisions', () => {
    const errors = findings.flatMap((f, i) => (f.severity === 'error' ? [i] : []));
    expect(badgeFor(decidedSummary(checked.report, dismiss(...errors)), 'zh')).toEqual({
      text: '3',
      color: '#b26a00',
      title: '年报——仅有警告：未发现错误；3 个警告、4 条提示；5 个已驳回',
    });
    expect(decidedSummary(checked.report, undefined).verdict).toEqual(reportVerdict(checked.report));
  });
});
