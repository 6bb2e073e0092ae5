import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../../cli/read-input';
import { refusalSentence } from '../../../lib/attach/unreadable';
import { checkFetched } from '../../../lib/batch/check-fetched';
import { checkHtml } from '../../../lib/pipeline';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const ROOT = path.join(import.meta.dirname, '../../..');
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const item = (url: string) => ({ url, linkText: 'x' });

describe('checkFetched', () => {
  it('should read a GBK page (meta charset, no header charset) like its UTF-8 original', async () => {
    const gbk = await checkFetched(
      item('http://a.gov.cn/gbk-002.html'),
      { bytes: readFileSync(path.join(FIXTURES, 'batch/gbk-002.html')), contentType: 'text/html' },
      { parseHtml },
    );
    const utf8 = checkHtml(parseHtml(readFileSync(path.join(FIXTURES, 'pages/trs-002.html'), 'utf8')), 'http://a.gov.cn/gbk-002.html');
    expect(gbk).toMatchObject({ status: 'done', verdict: 'error', agency: '北京市密云区商务局', year: 2023, counts: { error: 5, warning: 3 } });
    expect(gbk.report?.tables).toEqual(utf8.report.tables);
    expect(gbk.report?.findings).toEqual(utf8.report.findings);
  });

  it('should mark a PDF unreadable without an attachment reader, and use the reader when given', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'batch/files/nb2023.pdf'));
    const without = await checkFetched(item('http://a.gov.cn/nb.pdf'), { bytes, contentType: 'application/pdf' }, { parseHtml });
    expect(without).toMatchObject({ status: 'done', verdict: 'unreadable', error: { reason: 'no-reader', format: 'PDF' } });
    expect(refusalSentence(without.error!).zh).toBe('PDF 附件：此处不能读取，请打开原文核对');
    expect(without.scanned).toBeUndefined();
    const refused = await checkFetched(
      item('http://a.gov.cn/nb.pdf'),
      { bytes, contentType: null },
      { parseHtml, checkAttachment: async () => ({ ok: false, refused: { reason: 'scanned-pdf', pages: 3 } }) },
    );
    expect(refused).toMatchObject({ verdict: 'unreadable', error: { reason: 'scanned-pdf', pages: 3 }, scanned: true });
    const result = checkHtml(parseHtml(readFileSync(path.join(FIXTURES, 'pages/word-000.html'), 'utf8')), 'http://a.gov.cn/nb.pdf');
    const read = await checkFetched(
      item('http://a.gov.cn/nb.pdf'),
      { bytes, contentType: null },
      { parseHtml, checkAttachment: async () => ({ ok: true, result }) },
    );
    expect(read).toMatchObject({ status: 'done', verdict: 'ok', agency: '北京市通州区国资委' });
  });

  it('should say an image is not readable, with the code the CLI gives it', async () => {
    const bytes = readFileSync(path.join(ROOT, 'public/icon/16.png'));
    const row = await checkFetched(item('http://a.gov.cn/logo.png'), { bytes, contentType: 'image/png' }, { parseHtml });
    expect(row).toMatchObject({ verdict: 'unreadable', error: { reason: 'unsupported', format: 'image' } });
    const cli = await fromBytes('logo.png', bytes, null, 'image/png');
    expect(cli.ok ? null : cli.refused).toEqual(row.error);
    expect(refusalSentence(row.error!).en).toBe('This is an image; this program reads web pages, plain text, Word (.docx) and PDF: open the original');
  });

  it('should refuse a legacy Excel workbook saying what it is, as the CLI does', async () => {
    const ole2 = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
    const row = await checkFetched(item('http://a.gov.cn/nb2023.xls'), { bytes: ole2, contentType: 'application/vnd.ms-excel' }, { parseHtml });
    expect(row).toMatchObject({ status: 'done', verdict: 'unreadable', error: { reason: 'legacy-excel' } });
    expect(refusalSentence(row.error!).zh).toBe('这是旧版 Excel 表格（.xls/.et），本程序不能读取这种格式；请打开原文核对');
  });

  it('should know a .docx behind a download link without an extension, and an HTML error page at a .pdf address', async () => {
    const docx = readFileSync(path.join(FIXTURES, 'docx/seed-000.docx'));
    let asked = '';
    const row = await checkFetched(
      item('http://a.gov.cn/downfile.jsp?id=1'),
      { bytes: docx, contentType: 'application/octet-stream' },
      {
        parseHtml,
        checkAttachment: async (_b, url) => ((asked = url), { ok: false, refused: { reason: 'corrupt', detail: 'handed to the reader' } }),
      },
    );
    expect(asked).toBe('http://a.gov.cn/downfile.jsp?id=1');
    expect(row.error).toEqual({ reason: 'corrupt', detail: 'handed to the reader' });
    const page404 = new TextEncoder().encode('<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body>您访问的页面不存在</body></html>');
    const notFound = await checkFetched(
      item('http://a.gov.cn/nb2023.pdf'),
      { bytes: page404, contentType: 'text/html' },
      { parseHtml, checkAttachment: async () => expect.unreachable() },
    );
    expect(notFound).toMatchObject({ status: 'done', verdict: 'not-a-report' });
  });
});
