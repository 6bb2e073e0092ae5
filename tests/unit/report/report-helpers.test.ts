import { describe, expect, it } from 'vitest';
import { badgeFor, checkingBadge } from '../../../lib/badge';
import type { ReportVerdict } from '../../../lib/model/verdict';
import { FindingSchema } from '../../../lib/model/finding';
import { GetReportResponse } from '../../../lib/messages';
import { PublicReportSchema } from '../../../lib/model/public-report';
import { checkText } from '../../../lib/pipeline';
import { auditText } from '../../../lib/report/audit-text';
import { cellLabel } from '../../../lib/model/cell-label';
import { groupFindings } from '../../../lib/report/group-findings';
import { SEED_IDS, seedText } from '../../helpers/seeds';

describe('cellLabel', () => {
  it.each([
    ['requests.totalProcessed.natural', '表三（七）总计·自然人'],
    ['requests.denied.stateSecret.total', '表三（三）1.属于国家秘密·总计'],
    ['review.litigationDirect.pending', '表四行政诉讼·未经复议直接起诉·尚未审结'],
    ['active.fees.amount', '表二行政事业性收费·本年收费金额（单位：万元）'],
  ])('should label %s as %s', (path, label) => expect(cellLabel(path)).toBe(label));
});

describe('badgeFor', () => {
  const v: ReportVerdict = { kind: 'ok', errors: 0, warnings: 0, notes: 0, unchecked: 0, dismissed: 0 };
  const s = (verdict: Partial<ReportVerdict> & Pick<ReportVerdict, 'kind'>) => ({
    type: 'report-summary' as const,
    isReport: true,
    verdict: { ...v, ...verdict },
  });
  it.each([
    [s({ kind: 'error', errors: 5, warnings: 3 }), { text: '5', color: '#c62828', title: '年报——有错误：5 个错误；3 个警告、0 条提示' }],
    [s({ kind: 'warning', warnings: 2 }), { text: '2', color: '#b26a00', title: '年报——仅有警告：未发现错误；2 个警告、0 条提示' }],
    [s({ kind: 'ok', notes: 1 }), { text: '✓', color: '#2e7d32', title: '年报——一致：未发现错误；0 个警告、1 条提示' }],
    [s({ kind: 'unreadable' }), { text: '?', color: '#616161', title: '年报——未能读取：未作核对' }],
    // checks not made (blanks, figures not read for sure): never ✓, nor a bare warning count; errors found in what was read still show
    [
      s({ kind: 'partial', unchecked: 27, notes: 27 }),
      { text: '?', color: '#616161', title: '年报——可核部分一致（27 处未核）：未发现错误；0 个警告、27 条提示' },
    ],
    [
      s({ kind: 'partial', unchecked: 1, warnings: 1 }),
      { text: '?', color: '#616161', title: '年报——可核部分一致（1 处未核）：未发现错误；1 个警告、0 条提示' },
    ],
    [s({ kind: 'error', errors: 1, unchecked: 1 }), { text: '1', color: '#c62828', title: '年报——有错误：1 个错误；0 个警告、0 条提示；1 处未核' }],
    [s({ kind: 'ok', dismissed: 1 }), { text: '✓', color: '#2e7d32', title: '年报——一致：未发现错误；0 个警告、0 条提示；1 个已驳回' }],
  ])('should show %j as %j', (summary, badge) => expect(badgeFor(summary)).toEqual(badge));
  it('should show nothing on a page that is not a report', () => expect(badgeFor({ ...s({ kind: 'unreadable' }), isReport: false })).toBeNull());
  it.each([
    [s({ kind: 'error', errors: 1, warnings: 1 }), 'Annual report — Errors found: 1 error; 1 warning, 0 notes'],
    [s({ kind: 'error', errors: 2 }), 'Annual report — Errors found: 2 errors; 0 warnings, 0 notes'],
    [s({ kind: 'warning', warnings: 1, notes: 1 }), 'Annual report — Warnings only: no errors; 1 warning, 1 note'],
    [s({ kind: 'partial', unchecked: 1, warnings: 1 }), 'Annual report — Consistent where checkable (1 not checked): no errors; 1 warning, 0 notes'],
  ])('should title %j in English with the right plurals', (summary, title) => expect(badgeFor(summary, 'en')?.title).toBe(title));
  it('checkingBadge should show no number while the report is checked, and say so in both languages', () => {
    expect(checkingBadge('zh')).toEqual({ text: '…', color: '#616161', title: '年报——正在核对' });
    expect(checkingBadge('en').title).toBe('Annual report — being checked');
    // never a verdict's text: the background drops it only while it still shows
    const verdicts = (['error', 'warning', 'ok', 'partial', 'unreadable'] as const).map((kind) => badgeFor(s({ kind }))?.text);
    expect(verdicts).not.toContain(checkingBadge().text);
  });
});

describe('groupFindings and auditText', () => {
  const { report, findings } = checkText(seedText('002'), 'https://www.bjmy.gov.cn/nb/2024.html');
  it('should group by table, 表三 first, document findings last, keeping each finding’s index', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.index)])).toEqual([
      ['requests', [0, 1, 2, 3, 4, 5, 11]],
      ['document', [6, 7, 8, 9, 10]],
    ]);
  });
  it('should write the findings in audit wording with the arithmetic and cell labels', () => {
    const text = auditText(report, findings, '2026-11-23T10:00:00+08:00');
    expect(text.split('\n').slice(0, 6)).toEqual([
      '北京市密云区商务局2023年政府信息公开年度报告',
      // full-width colons throughout the Chinese text
      '来源：https://www.bjmy.gov.cn/nb/2024.html',
      '核查时间：2026-11-23T10:00:00+08:00',
      '核查结论：有错误：5 个错误；3 个警告、4 条提示。',
      '',
      '错误（5）',
    ]);
    expect(text).toContain(
      '4. 表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2（规则 t3-outcome-total；涉及单元格：表三（七）总计·自然人、表三（一）予以公开·自然人',
    );
  });
});

describe('auditText in English', () => {
  const { report, findings } = checkText(seedText('002'), 'https://www.bjmy.gov.cn/nb/2024.html');
  it('should write ASCII punctuation, plurals and English cell labels', () => {
    const text = auditText(report, findings, '2026-11-23T10:00:00+08:00', 'en');
    expect(text.split('\n').slice(1, 6)).toEqual([
      'Source: https://www.bjmy.gov.cn/nb/2024.html',
      'Checked: 2026-11-23T10:00:00+08:00',
      'Result: Errors found: 5 errors; 3 warnings, 4 notes.',
      '',
      'Errors (5)',
    ]);
    expect(text).toContain(
      '(rule t3-outcome-total; cells: Table 3 (7) total processed, natural persons; Table 3 (1) disclosed, natural persons; Table 3 (2) partly disclosed, natural persons;',
    );
    // only the report's own words, quoted, keep their Chinese punctuation
    expect(text.replace(/Text: "[^"]*"/g, '')).not.toMatch(/[（）：，；【】]/);
  });
  it('should count one error in the singular', () => {
    expect(auditText(report, findings.filter((f) => f.severity === 'error').slice(0, 1), 'x', 'en').split('\n')[3]).toBe(
      'Result: Errors found: 1 error; 0 warnings, 0 notes.',
    );
  });
});

describe('message schemas', () => {
  it.each(SEED_IDS)('should accept the real findings and report of seed %s', (id) => {
    const { report, findings } = checkText(seedText(id), id);
    expect(PublicReportSchema.safeParse(report).success).toBe(true);
    expect(findings.every((f) => FindingSchema.safeParse(f).success)).toBe(true);
    expect(GetReportResponse.safeParse({ status: 'ok', url: 'x', report, findings }).success).toBe(true);
  });
  it('should reject a malformed reply', () => {
    expect(GetReportResponse.safeParse({ status: 'ok', url: 'x', report: { schemaVersion: 2 } }).success).toBe(false);
    expect(FindingSchema.safeParse({ rule: 'made-up', severity: 'error' }).success).toBe(false);
  });
});

describe('langOf', () => {
  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['fr-FR', 'zh'],
  ])('should pick %s → %s', async (tag, lang) => {
    const { langOf } = await import('../../../lib/model/lang');
    expect(langOf(tag)).toBe(lang);
  });
});
