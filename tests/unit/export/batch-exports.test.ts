import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { failedRow, rowFromResult, type BatchRow } from '../../../lib/batch/batch-row';
import { batchFindingsCsv, batchGridCsv, findingsMatrix } from '../../../lib/export/batch-csv';
import { batchJson } from '../../../lib/export/batch-json';
import { batchXlsxSheets, type XlsxCell } from '../../../lib/export/batch-xlsx';
import { checkHtml } from '../../../lib/pipeline';

const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const row = (file: string): BatchRow => {
  const url = `http://www.x.gov.cn/${file}`;
  return rowFromResult({ url, linkText: file }, checkHtml(parse(readFileSync(path.join(PAGES, file), 'utf8')), url));
};
const rows: BatchRow[] = [
  row('trs-002.html'),
  row('word-000.html'),
  row('not-report.html'),
  failedRow({ url: 'http://www.x.gov.cn/404.html', linkText: '某局2021年政府信息公开工作年度报告' }, { reason: 'http-error', status: 404, why: 'Not Found' }),
];
const csvLines = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');

describe('batch CSV', () => {
  it('should write the grid with a BOM, one line per report', () => {
    const csv = batchGridCsv(rows);
    expect(csv.startsWith('\ufeff机关,年度,结论,错误,警告,提示,未核,已驳回,链接,出错信息\r\n')).toBe(true);
    expect(csvLines(csv).slice(1)).toEqual([
      `北京市密云区商务局,2023,有错误,5,3,${rows[0]!.counts.info},0,0,http://www.x.gov.cn/trs-002.html,`,
      `北京市通州区国资委,2023,一致,0,0,${rows[1]!.counts.info},0,0,http://www.x.gov.cn/word-000.html,`,
      'not-report.html,,未能读取（非年报）,0,0,0,0,0,http://www.x.gov.cn/not-report.html,',
      '某局2021年政府信息公开工作年度报告,,失败,0,0,0,0,0,http://www.x.gov.cn/404.html,无法下载（服务器返回 HTTP 404 Not Found）',
    ]);
  });

  it('should not call a report with 27 checks left undone by blanks 一致, and count a dismissed finding (汇总 and the grid)', () => {
    const blanks = row('blank-columns.html');
    const grid = (review?: Parameters<typeof batchGridCsv>[2]) => csvLines(batchGridCsv([blanks, rows[0]!], 'zh', review)).slice(1);
    expect(grid()[0]).toBe(`北京市通州区国资委,2023,可核部分一致（27 处未核）,0,0,${blanks.counts.info},27,0,http://www.x.gov.cn/blank-columns.html,`);
    // every error of trs-002 dismissed: its warnings decide, and the five dismissed are counted
    const dismissed = (r: BatchRow, i: number) =>
      r === rows[0] && r.report!.findings[i]!.severity === 'error' ? { status: '已驳回', note: '', dismissed: true } : undefined;
    expect(grid(dismissed)[1]).toBe(`北京市密云区商务局,2023,仅有警告,0,3,${rows[0]!.counts.info},0,5,http://www.x.gov.cn/trs-002.html,`);
    const [, cells] = batchXlsxSheets([blanks], undefined, 'zh')[0]!.data;
    expect(cells!.slice(2, 8).map((c) => c?.value)).toEqual(['可核部分一致（27 处未核）', 0, 0, blanks.counts.info, 27, 0]);
  });

  it('should write one line per finding, and the review columns when a lookup is given', () => {
    const total = rows[0]!.report!.findings.length + rows[1]!.report!.findings.length;
    const lines = csvLines(batchFindingsCsv(rows));
    expect(lines[0]).toBe('机关,年度,链接,规则,严重程度,说明,涉及单元格,应为,报告为');
    expect(lines).toHaveLength(1 + total);
    const m = findingsMatrix(rows, (row, i) =>
      row.report!.findings[i]!.rule === 't3-outcome-total' ? { status: '已确认', note: `核对 ${row.url}` } : undefined,
    );
    expect(m[0]!.slice(-2)).toEqual(['复核状态', '复核备注']);
    const outcome = m.find((l) => l[3] === 't3-outcome-total')!;
    expect(outcome).toEqual([
      '北京市密云区商务局',
      '2023',
      'http://www.x.gov.cn/trs-002.html',
      't3-outcome-total',
      '错误',
      '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2',
      // people read the cells' labels; the JSON export keeps the keys
      expect.stringMatching(/^表三（七）总计·自然人、表三（一）予以公开·自然人、.*、表三（六）3\.其他·自然人$/),
      '8',
      '10',
      '已确认',
      '核对 http://www.x.gov.cn/trs-002.html',
    ]);
    const reviewed = m.slice(1).filter((l) => l[3] === 't3-outcome-total').length;
    expect(reviewed).toBeGreaterThan(0);
    expect(m.slice(1).filter((l) => l[9] === '').length).toBe(total - reviewed);
  });
});

describe('batch JSON', () => {
  it('should hold the canonical reports with each row’s status and error', () => {
    const json = JSON.parse(batchJson(rows, new Date('2026-11-23T08:00:00Z'), undefined, 480));
    // local time with its offset (Beijing), the same instant
    expect(json).toMatchObject({ schemaVersion: 1, exportedAt: '2026-11-23T16:00:00+08:00' });
    expect(json.reports).toHaveLength(4);
    expect(json.reports[0]).toMatchObject({
      url: 'http://www.x.gov.cn/trs-002.html',
      status: 'done',
      verdict: 'error',
      error: null,
      report: { schemaVersion: 1, agency: '北京市密云区商务局', year: 2023 },
    });
    expect(json.reports[0].report.tables.requests.totalProcessed.natural).toEqual({ value: 10, raw: expect.any(String) });
    expect(json.reports[3]).toMatchObject({
      status: 'failed',
      report: null,
      error: { zh: '无法下载（服务器返回 HTTP 404 Not Found）', en: 'Cannot download (the server answered HTTP 404 Not Found)' },
      errorCode: 'http-error',
    });
  });
});

describe('batch XLSX sheets', () => {
  const sheets = batchXlsxSheets(rows);
  const byName = Object.fromEntries(sheets.map((s) => [s.sheet, s]));
  const v = (c: XlsxCell | null | undefined) => c?.value;

  it('should have the five sheets: 汇总, 问题清单, 表三, 表二, 表四', () => {
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '问题清单', '表三', '表二', '表四']);
    expect(byName.汇总!.data).toHaveLength(5);
    expect(byName.问题清单!.data).toHaveLength(1 + rows[0]!.report!.findings.length + rows[1]!.report!.findings.length);
    expect(byName.汇总!.data[1]![8]).toEqual({
      value: 'HYPERLINK("http://www.x.gov.cn/trs-002.html","http://www.x.gov.cn/trs-002.html")',
      type: 'Formula',
      textColor: '#1a0dab',
    });
  });

  it('should lay 表三 out as 4 identity columns then 25 rows × 7 columns (and the 2019 single （六） row), each row label merged across its 7 columns', () => {
    const [top, second, first] = byName.表三!.data;
    expect(top).toHaveLength(4 + 175 + 7);
    expect(top![4 + 25 * 7]).toMatchObject({ value: '（六）其他处理（2019 版单行）', columnSpan: 7 });
    expect(top!.slice(0, 4).map((c) => [c?.value, c?.rowSpan])).toEqual([
      ['机关', 2],
      ['年度', 2],
      ['格式', 2],
      ['链接', 2],
    ]);
    expect(top![4]).toMatchObject({ value: '一、本年新收政府信息公开申请数量', columnSpan: 7 });
    expect(top!.slice(5, 11)).toEqual([null, null, null, null, null, null]);
    expect(top![4 + 23 * 7]).toMatchObject({ value: '（七）总计', columnSpan: 7 });
    expect(second!.slice(4, 11).map(v)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    // only reports get a line (not the non-report, not the failed row)
    expect(byName.表三!.data).toHaveLength(4);
    // seed 002's （七）总计: 自然人 10 as printed, at row 24 (index 23) column 1
    expect(v(first![4 + 23 * 7])).toBe(10);
    const requests = rows[0]!.report!.tables.requests!;
    expect(first!.slice(4, 11).map(v)).toEqual(
      ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((c) => requests.newReceived![c]!.value ?? undefined),
    );
    expect(first!.slice(4 + 24 * 7, 4 + 25 * 7).map(v)).toEqual(
      ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((c) => requests.carriedForward![c]!.value ?? undefined),
    );
  });

  it('should merge each 表四 group across its 5 columns and each 表二 row across its own columns', () => {
    const [top, second, first] = byName.表四!.data;
    expect(top!.slice(4).map((c) => (c ? [c.value, c.columnSpan] : null))).toEqual([
      ['行政复议', 5],
      null,
      null,
      null,
      null,
      ['行政诉讼·未经复议直接起诉', 5],
      null,
      null,
      null,
      null,
      ['行政诉讼·复议后起诉', 5],
      null,
      null,
      null,
      null,
    ]);
    expect(second!.slice(4, 9).map(v)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    const review = rows[0]!.report!.tables.review!;
    expect(v(first![8])).toBe(review.reconsideration!.total!.value ?? undefined);
    const active = byName.表二!.data;
    expect(active[0]!.slice(4).map((c) => (c ? [c.value, c.columnSpan] : null))).toEqual([
      ['规章', 3],
      null,
      null,
      ['行政规范性文件', 3],
      null,
      null,
      ['行政许可', undefined],
      ['行政处罚', undefined],
      ['行政强制', undefined],
      ['行政事业性收费', undefined],
    ]);
  });

  it('should be written by write-excel-file with real merged cells and the findings rows', async () => {
    const buffer = await writeExcelFile(sheets as Parameters<typeof writeExcelFile>[0]).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(['汇总', '问题清单', '表三', '表二', '表四']);
    const t3 = strFromU8(files['xl/worksheets/sheet3.xml']!);
    const merges = [...t3.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(merges).toContain('A1:A2');
    expect(merges).toContain('E1:K1');
    expect(merges).toHaveLength(4 + 26);
    const findings = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(findings.match(/<row /g)).toHaveLength(byName.问题清单!.data.length);
  });
});

describe('batch CSV in English', () => {
  it('should write English headers, verdicts, severities and cell labels', () => {
    const grid = csvLines(batchGridCsv(rows, 'en'));
    expect(grid[0]).toBe('Agency,Year,Verdict,Errors,Warnings,Notes,Not checked,Dismissed,Link,Error');
    expect(grid[1]).toMatch(/^北京市密云区商务局,2023,Errors found,5,3,4,0,0,http:\/\/www\.x\.gov\.cn\/trs-002\.html,$/);
    const findings = csvLines(batchFindingsCsv(rows, undefined, 'en'));
    expect(findings[0]).toBe('Agency,Year,Link,Rule,Severity,Message,Cells,Expected,Reported');
    const outcome = findings.find((l) => l.includes(',t3-outcome-total,'))!;
    expect(outcome).toContain(',Error,');
    expect(outcome).toContain('Table 3 (7) total processed, natural persons; Table 3 (1) disclosed, natural persons');
    expect(outcome).not.toMatch(/requests\./);
    // the message in English too (the canonical Chinese one stays in the JSON and the zh exports)
    expect(outcome).toContain('Table 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2');
    expect(csvLines(batchFindingsCsv(rows)).find((l) => l.includes(',t3-outcome-total,'))).toContain('表三（七）总计·自然人：2+0');
  });
});
