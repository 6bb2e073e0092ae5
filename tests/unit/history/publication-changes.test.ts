import { beforeAll, describe, expect, it } from 'vitest';
import { batchPublication } from '../../../lib/batch/batch-publication';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { buildRecord } from '../../../lib/history/build-record';
import { publicationChange, publicationConflicts } from '../../../lib/history/publication-changes';
import { publicationChangedFinding, publicationConflictFinding } from '../../../lib/history/publication-findings';
import { canonicalReport } from '../../../lib/report/canonical-report';
import { renderFinding } from '../../../lib/report/render-finding';
import { reportHash } from '../../../lib/text/content-hash';
import { countyCheck, countyRecord, editCounty } from '../../helpers/county-history';
import { generateCounty } from '../../helpers/generate-county';
import { realBatch, type BatchReport } from '../../helpers/real-batch';

const county = generateCounty();
const report = county.find((r) => r.agency === '青山县民政局' && r.year === 2024)!;

describe('publication integrity: a report edited after its first check', () => {
  const first = countyRecord(report, '2025-01-20T09:00:00+08:00');
  const granted = report.values.requests.granted!.natural!;
  const edited = editCounty(report, { 'requests.granted.natural': granted + 1, 'requests.granted.total': report.values.requests.granted!.total! + 1 });
  const secondPage = { url: report.url, html: edited.html.replace('政务公开工作仍有不足，下一步将加以改进。', '政务公开工作仍有不足，2025年将加强培训。') };
  const second = countyRecord(secondPage, '2025-03-02T15:30:00+08:00');

  it('should name the report as changed since the last check, with the changed figures and narrative', () => {
    expect(second.hash).not.toBe(first.hash);
    const change = publicationChange([first, second], second)!;
    expect(change.previous.id).toBe(first.id);
    expect(change.diff.cells.map((c) => [c.path, c.before, c.after])).toEqual([
      ['requests.granted.natural', String(granted), String(granted + 1)],
      ['requests.granted.total', String(report.values.requests.granted!.total!), String(report.values.requests.granted!.total! + 1)],
    ]);
    expect(change.diff.added).toEqual(['政务公开工作仍有不足，2025年将加强培训。']);
    expect(change.diff.removed).toEqual(['政务公开工作仍有不足，下一步将加以改进。']);
    const f = publicationChangedFinding(change);
    expect([f.rule, f.severity, f.cells]).toEqual(['publication-changed', 'info', ['requests.granted.natural', 'requests.granted.total']]);
    expect(renderFinding(f, 'zh')).toBe(
      `本报告自上次核查（2025-01-20 09:00）以来已被修改：表格 2 处数字不同：表三（一）予以公开·自然人 ${granted}→${granted + 1}、表三（一）予以公开·总计 ${report.values.requests.granted!.total}→${report.values.requests.granted!.total! + 1}；正文新增 1 段、删去 1 段`,
    );
  });

  it('should list six changed figures and count the rest (等 7 处 / and 1 more) when a whole row of 表三 changed', () => {
    const row = report.values.requests.granted!;
    const edits = Object.fromEntries(Object.entries(row).map(([col, v]) => [`requests.granted.${col}`, (v ?? 0) + 1]));
    expect(Object.keys(edits)).toHaveLength(7);
    const changed = countyRecord(editCounty(report, edits), '2025-03-02T15:30:00+08:00');
    const f = publicationChangedFinding(publicationChange([first, changed], changed)!);
    expect(f.cells).toHaveLength(7);
    expect(renderFinding(f, 'zh')).toMatch(
      /^本报告自上次核查（2025-01-20 09:00）以来已被修改：表格 7 处数字不同：(?:表三（一）予以公开·[^、]+ \d+→\d+、){5}表三（一）予以公开·[^、]+ \d+→\d+ 等 7 处；/,
    );
    expect(renderFinding(f, 'en')).toMatch(/ other organisations 0→1 and 1 more; /);
  });

  it('should say nothing of an address checked again with the same content, nor of the first check', () => {
    const again = { ...first, checkedAt: '2025-02-01T09:00:00+08:00' };
    expect(publicationChange([first, again], again)).toBeNull();
    expect(publicationChange([first, second], first)).toBeNull();
  });

  it('should add the change to the batch row of the edited report', () => {
    const row = { ...rowFromResult({ url: report.url, linkText: report.agency }, countyCheck(secondPage)), hash: second.hash };
    const [after] = batchPublication([row], [first, second]);
    expect(after!.report!.findings.at(-1)!.rule).toBe('publication-changed');
  });
});

describe('publication integrity: the same agency and year under two addresses', () => {
  let real: BatchReport[];
  beforeAll(async () => {
    real = await realBatch();
  });

  it('should flag two copies with different figures, each with its own and the other’s', () => {
    const a = countyRecord(report);
    const other = editCounty(report, { 'review.reconsideration.upheld': 40 });
    const b = countyRecord({ url: 'https://www.qingshan.gov.cn/attach/minzheng-2024.html', html: other.html });
    const conflicts = publicationConflicts([a, b]);
    expect(conflicts.map((c) => [c.agency, c.year, c.cells.map((x) => [x.path, x.before, x.after])])).toEqual([
      ['青山县民政局', 2024, [['review.reconsideration.upheld', String(report.values.review.reconsideration!.upheld), '40']]],
    ]);
    expect(renderFinding(publicationConflictFinding(conflicts[0]!, 'b'), 'zh')).toBe(
      `青山县民政局2024年报告在另一网址（${report.url}）的数字不同，1 处（本网址→另一网址）：表四行政复议·结果维持 40→${report.values.review.reconsideration!.upheld}`,
    );
  });

  it('should find no conflict between the page and the crawler text of the same real reports', () => {
    const records = real.map((b) =>
      buildRecord({
        url: b.url,
        report: canonicalReport(b.result.report),
        narrative: b.result.extraction.lines,
        hash: reportHash(b.result.report, b.result.extraction.lines),
        checkedAt: '2026-12-01T10:00:00+08:00',
      }),
    );
    expect(publicationConflicts(records)).toEqual([]);
  });
});
