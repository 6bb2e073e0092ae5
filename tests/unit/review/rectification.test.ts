import { describe, expect, it } from 'vitest';
import { evidenceHtml } from '../../../lib/evidence/evidence-html';
import { rectificationMatrix, rectificationSheet } from '../../../lib/export/rectification-export';
import { checkText } from '../../../lib/pipeline';
import { canonicalReport } from '../../../lib/report/canonical-report';
import { parseRectifications, publicFindingKey, rectificationKey, rectificationRows } from '../../../lib/review/rectification';
import type { Reviews } from '../../../lib/review/review';
import { findingKey } from '../../../lib/report/finding-key';
import { seedText } from '../../helpers/seeds';

// seed 002 (北京市密云区商务局 2023): arithmetic errors, a narrative warning quoting its sentence, copy-paste notes
const URL = 'https://www.bjmy.gov.cn/swj/2023.html';
const checked = checkText(seedText('002'), URL);
const findings = checked.findings;
// as a history record keeps it: each finding's Chinese words, no details
const report = canonicalReport(checked.report);
const HASH = 'a'.repeat(64);
const at = '2026-12-06T10:00:00+08:00';
const idx = (rule: string) => findings.findIndex((f) => f.rule === rule);
const reviews: Reviews = {
  [findingKey(findings[idx('t3-balance')]!)]: { status: 'confirmed', note: '多报 3 件', at },
  [findingKey(findings[idx('narrative-received')]!)]: { status: 'confirmed', note: '', at },
  [findingKey(findings[idx('copy-paste-traces')]!)]: { status: 'confirmed', note: '', at },
  [findingKey(findings[idx('sections')]!)]: { status: 'dismissed', note: '附件中有', at },
};
const source = { url: URL, hash: HASH, agency: report.agency, year: report.year, title: report.title, findings: report.findings, reviews };

describe('the 整改 list', () => {
  it('should recover each decision of a finding known only from its public form, narrative quotes included', () => {
    for (const i of [idx('t3-balance'), idx('narrative-received'), idx('copy-paste-traces'), idx('sections')])
      expect(publicFindingKey(report.findings[i]!, reviews)).toBe(findingKey(findings[i]!));
    expect(publicFindingKey(report.findings[idx('fee-paragraph')]!, reviews)).toBeNull();
  });

  it('should list one line per confirmed finding, the same from a batch row’s keys and from a history record’s public findings', () => {
    const fromRecord = rectificationRows([source], {});
    const fromRow = rectificationRows([{ ...source, findingKeys: findings.map(findingKey) }], {});
    expect(fromRecord).toEqual(fromRow);
    expect(fromRecord.map((r) => [r.rule, r.agency, r.entry.unit, r.entry.status, r.reviewNote])).toEqual([
      ['t3-balance', '北京市密云区商务局', '北京市密云区商务局', 'pending', '多报 3 件'],
      ['narrative-received', '北京市密云区商务局', '北京市密云区商务局', 'pending', ''],
      ['copy-paste-traces', '北京市密云区商务局', '北京市密云区商务局', 'pending', ''],
    ]);
  });

  it('should carry the user’s 责任单位, deadline and status into the CSV, the sheet and the evidence file', () => {
    const key = rectificationKey(URL, HASH, findingKey(findings[idx('t3-balance')]!));
    const stored = parseRectifications({ [key]: { unit: '密云区商务局办公室', deadline: '2027-01-31', status: 'inProgress', note: '已通知', updatedAt: at } });
    const rows = rectificationRows([source], stored);
    const matrix = rectificationMatrix(rows, 'zh');
    expect(matrix[0]).toEqual(['序号', '责任单位', '机关', '年度', '问题', '规则', '级别', '审核意见', '整改期限', '整改状态', '整改说明', '原文链接']);
    expect(matrix[1]).toEqual([
      '1',
      '密云区商务局办公室',
      '北京市密云区商务局',
      '2023',
      report.findings[idx('t3-balance')]!.message,
      't3-balance',
      '错误',
      '多报 3 件',
      '2027-01-31',
      '整改中',
      '已通知',
      URL,
    ]);
    expect(rectificationSheet(rows, 'zh').data).toHaveLength(4);
    const html = evidenceHtml({
      report: checked.report,
      findings,
      url: URL,
      retrievedAt: at,
      hash: HASH,
      hashOf: 'page-text',
      screenshots: [],
      reviews,
      rectifications: stored,
      tool: 'xxgk-audit test',
      lang: 'zh',
    });
    expect(html).toContain('<h2>整改清单（已确认的问题）</h2>');
    expect(html).toContain('<td>密云区商务局办公室</td>');
    expect(html).toContain('<td>2027-01-31</td><td>整改中</td>');
  });

  it('should read no entry from stored data that is not one (safeParse)', () => {
    expect(parseRectifications({ k: { unit: 'x', deadline: '明年', status: 'pending', note: '', updatedAt: '' } })).toEqual({});
    expect(parseRectifications('garbage')).toEqual({});
  });
});
