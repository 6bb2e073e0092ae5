import { readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GetReportResponse } from '../../lib/messages';
import { renderFinding } from '../../lib/report/render-finding';
import { ARTIFACTS, ROOT, badgeOf, injectChecker, sendToTab, useExtension, waitForBadge } from './harness';

const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const url = (file: string, host = 'www.bjmy.gov.cn') => `http://${host}:${ext.port}/${file}`;

async function open(file: string, host?: string) {
  const page = await ext.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url(file, host));
  return { page, errors };
}

const send = (tabId: number, message: unknown) => sendToTab(ext.session.worker, tabId, message);
const inject = (tabId: number) => injectChecker(ext.session.worker, tabId);

const ext = useExtension([PAGES]);

describe('the built extension in Debian Chromium', () => {
  it('should badge a report page with its error count, a clean one with ✓, and leave other pages alone', async () => {
    const bad = await open('trs-002.html');
    const clean = await open('word-000.html');
    const other = await open('not-report.html');
    expect(await waitForBadge(ext.session.worker, bad.page, '5')).toMatchObject({ text: '5', title: '年报——有错误：5 个错误；3 个警告、4 条提示' });
    expect((await waitForBadge(ext.session.worker, clean.page, '✓')).text).toBe('✓');
    await other.page.waitForTimeout(500);
    expect((await badgeOf(ext.session.worker, other.page)).text).toBe('');
    // no DOM change on a page that is not a report
    expect(await other.page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
  });

  it('should answer get-report with the report, its findings as values the popup words, and outline the cells of a finding in a shadow root', async () => {
    const { page, errors } = await open('trs-002.html');
    const { tabId } = await waitForBadge(ext.session.worker, page, '5');
    const parsed = GetReportResponse.safeParse(await send(tabId, { type: 'get-report' }));
    expect(parsed.success).toBe(true);
    const reply = parsed.data as Extract<GetReportResponse, { status: 'ok' }>;
    expect(reply.status).toBe('ok');
    expect(reply.report.agency).toBe('北京市密云区商务局');
    const index = reply.report.findings.findIndex((f) => f.rule === 't3-outcome-total');
    expect(renderFinding(reply.report.findings[index]!)).toBe('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    const outlined = (await send(tabId, { type: 'highlight', index })) as { outlined: number; missing: string[] };
    expect(outlined).toEqual({ outlined: 22, missing: [] });
    const overlay = await page.evaluate(() => {
      const root = document.querySelector('xxgk-audit-overlay')?.shadowRoot;
      return {
        stated: root?.querySelectorAll('.box.stated').length,
        addends: root?.querySelectorAll('.box.addend').length,
        tip: root?.querySelector('[role=tooltip]')?.textContent,
      };
    });
    expect(overlay).toEqual({
      stated: 1,
      addends: 21,
      // then the line styles' legend, and the addends above the 900 px window (issue 18)
      tip: '×错误 · t3-outcome-total表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2表三每一列：（七）总计 = （一）至（六）各项办理结果之和。报告数加数另有 13 个标出的单元格在窗口外，滚动页面可见',
    });
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-outlined-seed-002.png') });
    await send(tabId, { type: 'highlight', index: null });
    expect(await page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('should check a report the portal loads by script after the page is idle', async () => {
    const late = await open('late-load.html');
    expect((await waitForBadge(ext.session.worker, late.page, '5')).text).toBe('5');
    expect(late.errors).toEqual([]);
  });

  it('should load only the detector on a page that is not a report; the checker, injected as the popup does, says so and checks it anyway', async () => {
    const { page } = await open('not-report.html');
    const { tabId } = await badgeOf(ext.session.worker, page);
    // nothing listens on a page that is not a report: the checker was never injected
    await expect(send(tabId, { type: 'get-report' })).rejects.toThrow(/Receiving end does not exist/);
    for (let i = 0; i < 2; i++) await inject(tabId); // twice: the second finds the first and stops
    expect(await send(tabId, { type: 'get-report' })).toMatchObject({ status: 'not-a-report' });
    expect(await send(tabId, { type: 'get-report', force: true })).toMatchObject({ status: 'ok', report: { detected: false } });
    expect(await page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
  });

  it('should list only the detector in the manifest, under 20 kB and without zod, the readers or the rules (issue 10)', () => {
    const dir = path.join(ROOT, '.output/chrome-mv3');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files).toEqual(['content-scripts/content.js']);
    const bytes = files.reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(20_000);
    const detector = readFileSync(path.join(dir, files[0]!), 'utf8');
    // zod's own error text, the rules' ids and the table readers' labels stay in the checker
    expect(detector).not.toMatch(/safeParse|t3-outcome-total|无法核对|xxgk-audit-overlay/);
    expect(readFileSync(path.join(dir, 'content-scripts/checker.js'), 'utf8')).toMatch(/t3-outcome-total/);
  });

  it('should badge ? for a report whose tables are images, and survive a hostile page', async () => {
    const images = await open('images-only.html');
    expect((await waitForBadge(ext.session.worker, images.page, '?')).text).toBe('?');
    const hostile = await open('hostile.html');
    await hostile.page.waitForTimeout(500);
    expect(hostile.errors).toEqual(['page script error']);
    expect((await badgeOf(ext.session.worker, hostile.page)).text).toBe('');
  });

  it('should not tell the page that the extension is there (no message or event carrying its id, issue 11)', async () => {
    const page = await ext.session.context.newPage();
    // the page's own scripts, listening from the start for anything the extension might announce
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      window.addEventListener('message', (e) => seen.push(`message ${JSON.stringify(e.data)}`));
      const dispatch = EventTarget.prototype.dispatchEvent;
      EventTarget.prototype.dispatchEvent = function (event: Event) {
        seen.push(`event ${event.type}`);
        return dispatch.call(this, event);
      };
      for (const type of ['DOMContentLoaded', 'load']) document.addEventListener(type, () => undefined);
    });
    await page.goto(url('trs-002.html'));
    await waitForBadge(ext.session.worker, page, '5');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((s) => s.includes(ext.session.extensionId) || /content-script|wxt/.test(s))).toEqual([]);
  });

  it('should badge a report whose load event never comes (an image that hangs), titled or not', async () => {
    const html = readFileSync(path.join(PAGES, 'trs-002.html'), 'utf8').replace('<body>', '<body><img src="/hang.png" alt="">');
    // untitled: no <title>, ArticleTitle or h1 names a report; detection runs on the DOMContentLoaded fallback
    const untitled = html
      .replace(/<title>[^<]*<\/title>/, '<title>正文</title>')
      .replace(/<meta name="ArticleTitle"[^>]*>/, '')
      .replace(/<h1[^>]*>[^<]*<\/h1>/, '');
    const hanging: ServerResponse[] = [];
    const server = createServer((req, res) => {
      if (req.url === '/hang.png') return void hanging.push(res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url === '/untitled.html' ? untitled : html);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      for (const file of ['titled.html', 'untitled.html']) {
        const page = await ext.session.context.newPage();
        await page.goto(`http://www.bjmy.gov.cn:${port}/${file}`, { waitUntil: 'domcontentloaded' });
        expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
        expect((await waitForBadge(ext.session.worker, page, '5')).text).toBe('5');
        await page.close();
      }
    } finally {
      for (const res of hanging) res.destroy();
      server.close();
    }
  });
});
