import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { rowFromResult } from '../../../lib/batch/batch-row';
import { batchXlsxSheets, type XlsxCell } from '../../../lib/export/batch-xlsx';
import { tableMatrix } from '../../../lib/report/table-matrix';
import { checkHtml, checkText } from '../../../lib/pipeline';

const read = (file: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures', file), 'utf8');
// the real Shanghai 2019 article (2019 trial template, 第二十条第（九）项 政府集中采购 6 / 251000元)
const shanghai = checkHtml(parseHtml(read('real/shanghai-bgt-2019-fragment.html')), 'http://www.shanghai.gov.cn/nw2/nw2314/nw2319/nw12344/u26aw63419.html');
const seed = checkHtml(parseHtml(read('pages/trs-002.html')), 'http://www.bjmy.gov.cn/trs-002.html');

describe('the 2019 template’s table 二 in the exports (issue 8)', () => {
  it('should put each figure under its own printed column in the TSV/CSV matrix', () => {
    const m = tableMatrix(shanghai.report, 'active');
    const header = m[0]!;
    const at = (label: string, col: string) => m.find((r) => r[1] === label)![header.indexOf(col)];
    expect(header).toEqual([
      '项目',
      '信息内容',
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '上一年项目数量',
      '本年增/减',
      '处理决定数量',
      '采购项目数量',
      '采购总金额',
    ]);
    expect(at('政府集中采购', '采购项目数量')).toBe('6');
    expect(at('政府集中采购', '处理决定数量')).toBe('');
    expect(at('政府集中采购', '采购总金额')).toBe('251000元');
    expect(at('规章', '对外公开总数量')).toBe('524');
  });

  it('should give 2019 reports a 表二 sheet of their own in the workbook, and keep the single （六） row of 表三', () => {
    const sheets = batchXlsxSheets([
      rowFromResult({ url: 'http://a.gov.cn/1', linkText: '1' }, shanghai),
      rowFromResult({ url: 'http://a.gov.cn/2', linkText: '2' }, seed),
    ]);
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '问题清单', '表三', '表二', '表二（2019版）', '表四']);
    const old = sheets.find((s) => s.sheet === '表二（2019版）')!.data;
    const top = old[0]!.slice(4).map((c) => (c ? (c as XlsxCell).value : null));
    expect(top.filter((v) => v !== null)).toEqual([
      '规章',
      '规范性文件',
      '其他主动公开文件',
      '行政许可',
      '其他对外管理服务事项',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
      '政府集中采购',
    ]);
    expect(old).toHaveLength(3); // two header rows and the one 2019 report
    const last = old[2]!.slice(-2).map((c) => (c as XlsxCell | null)?.value);
    expect(last).toEqual([6, '251000元']);
    expect(sheets.find((s) => s.sheet === '表二')!.data).toHaveLength(3); // only the 2021 report
    const t3 = sheets.find((s) => s.sheet === '表三')!.data;
    expect((t3[0]![4 + 25 * 7] as XlsxCell).value).toBe('（六）其他处理（2019 版单行）');
  });
});

describe('figures not read for sure in the exports', () => {
  // 平潭行政审批局 2023: 表二 行政规范性文件 printed 5416, which splits three ways (tests/fixtures/real)
  const hzs = checkText(read('real/pingtan-hzs-2023.txt'), 'hzs-2023.txt');

  it('should mark them "?" in the tables, never a blank a spreadsheet would sum as 0', () => {
    const row = tableMatrix(hzs.report, 'active').find((r) => r[1] === '行政规范性文件')!;
    expect(row.slice(2, 5)).toEqual(['?', '?', '?']);
    const sheet = batchXlsxSheets([rowFromResult({ url: 'http://a.gov.cn/3', linkText: '3' }, hzs)]).find((s) => s.sheet === '表二')!;
    const cells = sheet.data[2]!.slice(4, 10).map((c) => (c as XlsxCell | null)?.value ?? null);
    expect(cells).toEqual([0, 0, 0, '?', '?', '?']);
  });
});
