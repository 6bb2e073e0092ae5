import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, badgeOf, useExtension, waitForBadge } from './harness';

const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const url = (file: string, host = 'www.bjmy.gov.cn') => `http://${host}:${ext.port}/${file}`;

async function open(file: string, host?: string) {
  const page = await ext.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url(file, host));
  return { page, errors };
}

async function send(tabId: number, message: unknown): Promise<unknown> {
  return ext.session.worker.evaluate(
    ([id, m]) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, x: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, m),
    [tabId, message] as const,
  );
}

const ext = useExtension([PAGES]);

describe('the built extension in Debian Chromium', () => {
  it('should badge a report page with its error count, a clean one with ✓, and leave other pages alone', async () => {
    const bad = await open('trs-002.html');
    const clean = await open('word-000.html');
    const other = await open('not-report.html');
    expect(await waitForBadge(ext.session.worker, bad.page, '5')).toMatchObject({ text: '5', title: '年报：5 个错误、3 个警告' });
    expect((await waitForBadge(ext.session.worker, clean.page, '✓')).text).toBe('✓');
    await other.page.waitForTimeout(500);
    expect((await badgeOf(ext.session.worker, other.page)).text).toBe('');
    // no DOM change on a page that is not a report
    expect(await other.page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
  });

  it('should answer get-report with the canonical report and outline the cells of a finding in a shadow root', async () => {
    const { page, errors } = await open('trs-002.html');
    const { tabId } = await waitForBadge(ext.session.worker, page, '5');
    const reply = (await send(tabId, { type: 'get-report' })) as { status: string; report: { agency: string; findings: { rule: string; message: string }[] } };
    expect(reply.status).toBe('ok');
    expect(reply.report.agency).toBe('北京市密云区商务局');
    const index = reply.report.findings.findIndex((f) => f.rule === 't3-outcome-total');
    expect(reply.report.findings[index]!.message).toBe('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
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
      tip: '×错误 · t3-outcome-total表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2表三每一列：（七）总计 = （一）至（六）各项办理结果之和。',
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

  it('should say a page is not a report, and check it anyway when asked', async () => {
    const { page } = await open('not-report.html');
    const { tabId } = await badgeOf(ext.session.worker, page);
    expect(await send(tabId, { type: 'get-report' })).toMatchObject({ status: 'not-a-report' });
    expect(await send(tabId, { type: 'get-report', force: true })).toMatchObject({ status: 'ok', report: { detected: false } });
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
});
