import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkFetched } from '../../../lib/batch/check-fetched';
import { checkHtml } from '../../../lib/pipeline';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
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
    expect(without).toMatchObject({ status: 'done', verdict: 'unreadable', error: { zh: 'PDF 附件：此处不能读取，请打开原文核对' } });
    expect(without.scanned).toBeUndefined();
    const refused = await checkFetched(
      item('http://a.gov.cn/nb.pdf'),
      { bytes, contentType: null },
      { parseHtml, checkAttachment: async () => ({ ok: false, reason: 'scanned-pdf', message: { zh: '扫描件', en: 'scanned' } }) },
    );
    expect(refused).toMatchObject({ verdict: 'unreadable', error: { zh: '扫描件' }, scanned: true });
    const result = checkHtml(parseHtml(readFileSync(path.join(FIXTURES, 'pages/word-000.html'), 'utf8')), 'http://a.gov.cn/nb.pdf');
    const read = await checkFetched(
      item('http://a.gov.cn/nb.pdf'),
      { bytes, contentType: null },
      { parseHtml, checkAttachment: async () => ({ ok: true, result }) },
    );
    expect(read).toMatchObject({ status: 'done', verdict: 'ok', agency: '北京市通州区国资委' });
  });

  it('should say an image is not readable', async () => {
    const row = await checkFetched(item('http://a.gov.cn/nb.jpg'), { bytes: Uint8Array.of(0xff, 0xd8, 0xff, 0, 0), contentType: 'image/jpeg' }, { parseHtml });
    expect(row).toMatchObject({ verdict: 'unreadable', error: { en: 'not a web page, PDF or Word file: its tables cannot be read' } });
  });

  it('should know a .docx behind a download link without an extension, and an HTML error page at a .pdf address', async () => {
    const docx = readFileSync(path.join(FIXTURES, 'docx/seed-000.docx'));
    let asked = '';
    const row = await checkFetched(
      item('http://a.gov.cn/downfile.jsp?id=1'),
      { bytes: docx, contentType: 'application/octet-stream' },
      {
        parseHtml,
        checkAttachment: async (_b, url) => ((asked = url), { ok: false, reason: 'corrupt', message: { zh: '已交给附件读取', en: 'handed to the reader' } }),
      },
    );
    expect(asked).toBe('http://a.gov.cn/downfile.jsp?id=1');
    expect(row.error?.zh).toBe('已交给附件读取');
    const page404 = new TextEncoder().encode('<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body>您访问的页面不存在</body></html>');
    const notFound = await checkFetched(
      item('http://a.gov.cn/nb2023.pdf'),
      { bytes: page404, contentType: 'text/html' },
      { parseHtml, checkAttachment: async () => expect.unreachable() },
    );
    expect(notFound).toMatchObject({ status: 'done', verdict: 'not-a-report' });
  });
});
