import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../cli/write-workbook';
import { failedRow, rowFromResult, type BatchRow } from '../../../lib/batch/batch-row';
import { batchXlsxSheets } from '../../../lib/export/batch-xlsx';
import { cacheLinkValues } from '../../../lib/export/xlsx-link-values';
import { checkHtml } from '../../../lib/pipeline';

const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const row = (file: string, url: string): BatchRow =>
  rowFromResult(
    { url, linkText: file },
    checkHtml(new DOMParser().parseFromString(readFileSync(path.join(PAGES, file), 'utf8'), 'text/html') as unknown as Document, url),
  );
const rows = [
  row('trs-002.html', 'http://www.x.gov.cn/trs-002.html?a=1&b="2"'),
  failedRow({ url: 'http://www.x.gov.cn/404.html', linkText: '某局2021年政府信息公开工作年度报告' }, { reason: 'http-error', status: 404 }),
];

describe('cacheLinkValues', () => {
  it('should give a HYPERLINK cell its display text as a cached string value', () => {
    expect(cacheLinkValues('<c r="G2" s="3"><f>HYPERLINK("http://a?x=1&amp;y=""2""","http://a?x=1&amp;y=""2""")</f></c><c r="H2" s="1"><v>5</v></c>')).toBe(
      '<c r="G2" s="3" t="str"><f>HYPERLINK("http://a?x=1&amp;y=""2""","http://a?x=1&amp;y=""2""")</f><v>http://a?x=1&amp;y="2"</v></c><c r="H2" s="1"><v>5</v></c>',
    );
  });
  it('should leave other formulas and cells alone', () => {
    const xml = '<c r="A1"><f>SUM(B1:B2)</f></c><c r="A2" t="s"><v>0</v></c>';
    expect(cacheLinkValues(xml)).toBe(xml);
  });
});

describe('the batch workbook as written', () => {
  it('should cache a value for every link cell, so readers that do not recalculate show the URL', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'xlsx-')), 'batch.xlsx');
    await writeWorkbook(rows, file);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    for (const [name, column] of [
      ['xl/worksheets/sheet1.xml', 'I'],
      ['xl/worksheets/sheet2.xml', 'C'],
      ['xl/worksheets/sheet3.xml', 'D'],
    ] as const) {
      const xml = strFromU8(files[name]!);
      const links = [...xml.matchAll(new RegExp(`<c r="${column}\\d+"[^>]*>(.*?)</c>`, 'g'))].map((m) => m[1]!).filter((c) => c.includes('<f>'));
      expect(links.length, name).toBeGreaterThan(0);
      for (const c of links) expect(c, name).toMatch(/^<f>HYPERLINK\(.*\)<\/f><v>http:\/\/www\.x\.gov\.cn\/[^<]+<\/v>$/);
    }
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain('<v>http://www.x.gov.cn/trs-002.html?a=1&amp;b="2"</v>');
  });

  it('should name the sheets and headers in English when the interface is English', () => {
    const sheets = batchXlsxSheets(rows, undefined, 'en');
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Findings', 'Table 3', 'Table 2', 'Table 4']);
    expect(sheets[0]!.data[0]!.map((c) => c?.value)).toEqual([
      'Agency',
      'Year',
      'Verdict',
      'Errors',
      'Warnings',
      'Notes',
      'Not checked',
      'Dismissed',
      'Link',
      'Error',
    ]);
    expect(sheets[1]!.data[0]!.map((c) => c?.value)).toEqual(['Agency', 'Year', 'Link', 'Rule', 'Severity', 'Message', 'Cells', 'Expected', 'Reported']);
    expect(sheets[2]!.data[0]!.slice(0, 5).map((c) => c?.value)).toEqual(['Agency', 'Year', 'Template', 'Link', 'I. new requests']);
    expect(sheets[0]!.data[1]![2]!.value).toBe('Errors found');
  });
});
