import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, badgeOf, useExtension, waitForBadge } from './harness';

const ext = useExtension([path.join(ROOT, 'tests/fixtures/pages')]);

async function openPopupFor(file: string) {
  const page = await ext.session.context.newPage();
  await page.goto(`http://www.bjmy.gov.cn:${ext.port}/${file}`);
  const expected = file.includes('002') ? '5' : file.includes('images') || file.includes('unread') ? '?' : file.includes('not-report') ? '' : '✓';
  const { tabId } = await waitForBadge(ext.session.worker, page, expected);
  const popup = await ext.session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 800 });
  await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

describe('the popup, opened on a report page', () => {
  it('should show the verdict and findings, outline a finding on the page when clicked, and move by keyboard', async () => {
    const { page, popup } = await openPopupFor('trs-002.html');
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('✖ 有错误：5 个错误；3 个警告、4 条提示');
    expect(await popup.locator('h1').textContent()).toBe('北京市密云区商务局');
    const item = popup.locator('button.finding', { hasText: '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2' });
    await item.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0)).toBe(22);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-findings-seed-002.png'), fullPage: true });
    await page.bringToFront();
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-outlined-from-popup.png') });

    await popup.bringToFront();
    await popup.locator('button.finding').first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe('1');
    // the last line is the two copy-paste-trace notes folded into one: Enter opens it, End then reaches the last finding
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('End');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.index)).toBe('10');
  });

  it('should show the tables and copy 表三 as TSV that lines up in a spreadsheet', async () => {
    const { popup } = await openPopupFor('word-002.html');
    // Playwright cannot grant clipboard permissions to an extension origin: record what the popup hands to
    // the Clipboard API instead (both flavours of the ClipboardItem)
    await popup.evaluate(() => {
      const w = window as unknown as { copied: [string, string][] };
      w.copied = [];
      navigator.clipboard.write = async (items: ClipboardItems) => {
        for (const item of items) for (const type of item.types) w.copied.push([type, await (await item.getType(type)).text()]);
      };
      navigator.clipboard.writeText = async (text: string) => void w.copied.push(['text/plain', text]);
    });
    await popup.getByRole('tab', { name: '表格' }).click();
    const t3 = popup.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' });
    expect(await t3.locator('tbody tr').count()).toBe(25);
    await t3.getByRole('button', { name: 'TSV' }).click();
    await expect.poll(() => t3.getByRole('button', { name: '✓ 已复制' }).count()).toBe(1);
    const copied = Object.fromEntries(await popup.evaluate(() => (window as unknown as { copied: [string, string][] }).copied));
    const tsv = copied['text/plain']!;
    expect(tsv.split('\r\n')[0]).toBe('项目\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计');
    expect(tsv.split('\r\n')).toContain('（七）总计\t10\t0\t0\t0\t0\t0\t10');
    expect(copied['text/html']).toContain('<tr><td>（七）总计</td><td>10</td><td>0</td>');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-tables-seed-002.png'), fullPage: true });
  });

  it('should say a clean report is consistent', async () => {
    const { popup } = await openPopupFor('flat-000.html');
    // no unlabelled "（0）": a count is said with what it counts, and not at all when there is none
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('✔ 一致：未发现错误；0 个警告、0 条提示');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-clean-seed-000.png') });
  });

  it('should say what is missing when a report publishes its tables as images', async () => {
    const { popup } = await openPopupFor('images-only.html');
    await expect
      .poll(() => popup.locator('.notice').first().textContent())
      .toBe('已识别为年报，但表格无法读取：页面中未找到可读取的标准表格（表二、表三、表四）；表格可能以图片或附件形式发布，未作核对');
    // nothing read, so nothing called consistent
    expect(await popup.locator('.verdict').textContent()).toMatch(/^\? 未能读取：未作核对/);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-unreadable.png') });
  });

  it('should not call a report consistent when one of its figures could not be read, and show ? in its table', async () => {
    const { popup } = await openPopupFor('unread-figure.html');
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('? 可核部分一致（1 处未核）：未发现错误；0 个警告、1 条提示');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-unread-figure.png'), fullPage: true });
    await popup.getByRole('tab', { name: '表格' }).click();
    await expect.poll(() => popup.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).first().locator('td').first().textContent()).toBe('?');
  });

  it('should say a page is not a report and offer to check it anyway', async () => {
    const { popup } = await openPopupFor('not-report.html');
    await expect.poll(() => popup.getByRole('button', { name: '仍然检查此页' }).count()).toBe(1);
    expect(await popup.locator('main').textContent()).toContain('本页未识别为政府信息公开工作年度报告。');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-not-a-report.png') });
  });

  it('should offer 检查此页 on a site outside gov.cn, and say plainly when the browser refuses it (no toolbar click granted activeTab)', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.example.org:${ext.port}/trs-002.html`);
    const { tabId } = await badgeOf(ext.session.worker, page);
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
    // neither the detector nor the checker runs there, and the popup does not inject unasked
    await popup.getByRole('button', { name: '检查此页' }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/^浏览器不允许在此页运行检查/);
    expect(await page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-inject-refused.png') });
  });
});

describe('the popup, opened on a tab that shows a PDF', () => {
  // a portal's download address that names no file type: only the document's own MIME type tells
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const pdf = readFileSync(path.join(ROOT, 'tests/fixtures/pdf/002.pdf'));
    server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  // the PDF viewer keeps its connection open: close it, or server.close waits for it (110 s of CI's run)
  afterAll(() => new Promise<void>((r) => server.close(() => r()) && server.closeAllConnections()));

  it('should offer 检查此附件 in the PDF viewer, whatever the script in the viewer would answer (issue 9)', async () => {
    const page = await ext.session.context.newPage();
    const address = `http://www.bjmy.gov.cn:${port}/attach/download?id=2023nb`;
    await page.goto(address).catch(() => undefined); // the PDF viewer's navigation may end without a load event
    const tabId = await ext.session.worker.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> } } }).chrome.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, address);
    expect(tabId).not.toBeNull();
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByRole('button', { name: '检查此附件' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: '仍然检查此页' }).count()).toBe(0);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-pdf-tab.png') });
  });
});
