import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWordZip, zipNames } from '../../../lib/attach/zip-names';
import { attachmentKind } from '../../../lib/attach/attachment-kind';
import { storedZip, XLSX_TYPES } from '../../helpers/stored-zip';

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
});
