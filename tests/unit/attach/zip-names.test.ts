import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isWordZip, zipNames } from '../../../lib/attach/zip-names';
import { attachmentKind } from '../../../lib/attach/attachment-kind';
import { runMain } from '../../cli/run-main';

/** A ZIP with stored (uncompressed) entries, written by hand: local headers, central directory, end record. */
function storedZip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [name, text] of Object.entries(files)) {
    const [n, d] = [enc.encode(name), enc.encode(text)];
    const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc32(d)), ...u32(d.length), ...u32(d.length), ...u16(n.length), ...u16(0)];
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(local.length), ...n);
    local.push(...u32(0x04034b50), ...common, ...n, ...d);
  }
  const count = Object.keys(files).length;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}

const XLSX_TYPES =
  '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';

describe('zipNames / isWordZip', () => {
  it('should list the parts through the central directory, deflated (docx package) or stored', () => {
    const docx = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/seed-000.docx')));
    expect(zipNames(docx)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    expect(isWordZip(docx)).toBe(true);
    const xlsx = storedZip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': XLSX_TYPES });
    expect(zipNames(xlsx)).toEqual(['xl/workbook.xml', '[Content_Types].xml']);
    expect(isWordZip(xlsx)).toBe(false);
  });

  it('should sort attachments by content before name: a .docx behind a download link, an HTML 404 at a .pdf address', () => {
    const docx = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/seed-000.docx')));
    expect(attachmentKind(docx, 'http://a.gov.cn/downfile.jsp?id=1', 'application/octet-stream')).toBe('docx');
    expect(attachmentKind(docx, 'report.zip', 'application/zip')).toBe('docx');
    expect(attachmentKind(storedZip({ '[Content_Types].xml': XLSX_TYPES }), 'x.docx')).toBe('other');
    expect(attachmentKind(new TextEncoder().encode('\ufeff  <html><title>404</title></html>'), 'nb2023.pdf', 'application/pdf')).toBeNull();
    expect(attachmentKind(new TextEncoder().encode('%PDF-1.7\n'), 'x.bin')).toBe('pdf');
    expect(attachmentKind(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0), '2023年报.wps')).toBe('wps');
    expect(attachmentKind(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0), 'downfile.jsp?id=2')).toBe('doc');
    expect(attachmentKind(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0), 'scan.png')).toBe('other');
  });

  it('should not take a truncated archive or plain text for a Word document', () => {
    const docx = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/docx/seed-000.docx')));
    expect(isWordZip(docx.subarray(0, docx.length - 40))).toBe(false);
    expect(isWordZip(new TextEncoder().encode('PK\u0003\u0004wordprocessingml'))).toBe(false);
  });

  it('should make the CLI refuse a spreadsheet saved as a ZIP by what it is, not read it as Word', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-zip-')), '2023年报数据.xlsx');
    writeFileSync(file, storedZip({ '[Content_Types].xml': XLSX_TYPES }));
    const r = await runMain(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法读取 ${file}：这是 Excel 表格，本程序只读取网页、文本、Word（.docx）和 PDF`);
  });
});
