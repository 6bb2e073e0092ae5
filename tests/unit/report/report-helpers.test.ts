import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/badge';
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
  const s = { type: 'report-summary' as const, isReport: true, read: 'full' as 'full' | 'partial' | 'none', errors: 0, warnings: 0 };
  it.each([
    [
      { ...s, errors: 5, warnings: 3 },
      { text: '5', color: '#c62828', title: '年报：5 个错误、3 个警告' },
    ],
    [
      { ...s, warnings: 2 },
      { text: '2', color: '#b26a00', title: '年报：无错误，2 个警告' },
    ],
    [s, { text: '✓', color: '#2e7d32', title: '年报：表格勾稽一致' }],
    [
      { ...s, read: 'none' as const },
      { text: '?', color: '#616161', title: '年报：表格无法读取' },
    ],
    // figures printed but not read for sure: never ✓, nor a bare warning count; errors found in what was read still show
    [
      { ...s, read: 'partial' as const },
      { text: '?', color: '#616161', title: '年报：部分数字无法确定读取，未作核对' },
    ],
    [
      { ...s, read: 'partial' as const, warnings: 1 },
      { text: '?', color: '#616161', title: '年报：部分数字无法确定读取，未作核对；1 个警告' },
    ],
    [
      { ...s, read: 'partial' as const, errors: 1 },
      { text: '1', color: '#c62828', title: '年报：1 个错误、0 个警告' },
    ],
  ])('should show %j as %j', (summary, badge) => expect(badgeFor(summary)).toEqual(badge));
  it('should show nothing on a page that is not a report', () => expect(badgeFor({ ...s, isReport: false })).toBeNull());
  it.each([
    [{ ...s, errors: 1, warnings: 1 }, 'Annual report: 1 error, 1 warning'],
    [{ ...s, errors: 2, warnings: 0 }, 'Annual report: 2 errors, 0 warnings'],
    [{ ...s, warnings: 1 }, 'Annual report: no errors, 1 warning'],
    [{ ...s, read: 'partial' as const, warnings: 1 }, 'Annual report: some figures could not be read for sure; 1 warning'],
  ])('should title %j in English with the right plurals', (summary, title) => expect(badgeFor(summary, 'en')?.title).toBe(title));
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
      '核查结论：错误 5 处，警告 3 处，提示 4 处。',
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
      'Result: 5 errors, 3 warnings, 4 notes.',
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
      'Result: 1 error, 0 warnings, 0 notes.',
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
