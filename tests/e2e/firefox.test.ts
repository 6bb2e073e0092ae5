import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, serve } from '../../scripts/chromium';
import { badgeOf, type FirefoxSession, launchFirefox, openPopup } from '../../scripts/firefox';
import { firefoxZipped } from './zip-firefox-once';
import { clickToolbarButton, closeToolbarPopup, toolbarPopupSnapshot, toolbarPopupText, toolbarSnapshot } from '../../scripts/firefox-toolbar';

// the bundled sample (a real report: （七）总计 reads 10 where its items sum to 8) and a consistent one
const SAMPLE = path.join(ROOT, 'assets/samples');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const SAMPLE_FILE = 'beijing-2023-miyun-commerce.html';
const HOST = 'www.bjmy.gov.cn';
const WAIT = { timeout: 120_000, interval: 200 };

let session: FirefoxSession;
let server: Awaited<ReturnType<typeof serve>>;

// the add-on is zipped in the background by the globalSetup: run alone, this file waits for it (its own net)
// the zip follows the Chrome build, both in the background: a net of the two builds' own
beforeAll(() => firefoxZipped(), 2_700_000);
beforeAll(async () => {
  server = await serve([SAMPLE, PAGES]);
  session = await launchFirefox([HOST]);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  await page.goto(`http://${HOST}:${server.port}/${file}`);
  return { page, errors };
}

const text = (page: Page, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

describe('the Firefox add-on (MV2) in Debian firefox-esr', () => {
  it('should install under its own gecko id', () => {
    expect(session.addonId).toBe('xxgk-audit@xxgk-audit.org');
  });

  it('should badge the bundled sample with its 5 errors, and its toolbar button should open the popup with the verdict', async () => {
    const { page, errors } = await open(SAMPLE_FILE);
    await expect
      .poll(() => badgeOf(session, page), WAIT)
      .toEqual({ text: '5', color: 'background-color: rgba(198, 40, 40, 1)', title: '年报——有错误：5 个错误；3 个警告、4 条提示' });
    await clickToolbarButton(session, page);
    // the button is pinned to the toolbar now: the badge as the user sees it there
    writeFileSync(path.join(ARTIFACTS, 'firefox-toolbar-sample.png'), Buffer.from(await toolbarSnapshot(session), 'base64'));
    await expect.poll(() => toolbarPopupText(session, '.verdict'), WAIT).toBe('✖ 有错误：5 个错误；3 个警告、4 条提示');
    expect(await toolbarPopupText(session, 'h1')).toBe('北京市密云区商务局');
    writeFileSync(path.join(ARTIFACTS, 'firefox-toolbar-popup-sample.png'), Buffer.from(await toolbarPopupSnapshot(session), 'base64'));
    await closeToolbarPopup(session);
    expect(errors).toEqual([]);
  });

  it("should outline a finding's cells on the sample when it is clicked in the popup", async () => {
    // the popup's page in a tab of its own (popup.html?tab=<id>), where puppeteer can click like a user
    const { page, errors } = await open(`${SAMPLE_FILE}?outline`);
    await expect.poll(async () => (await badgeOf(session, page)).text, WAIT).toBe('5');
    const popup = await openPopup(session, page);
    await popup.setViewport({ width: 420, height: 800 });
    await expect.poll(() => text(popup, '.verdict'), WAIT).toBe('✖ 有错误：5 个错误；3 个警告、4 条提示');
    const finding = '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2';
    const item = await popup.waitForSelector(`button.finding ::-p-text(${finding})`);
    await item!.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0), WAIT).toBe(22);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'firefox-popup-sample.png'), fullPage: true });
    await page.bringToFront();
    await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-page-outlined-sample.png') });
    expect(errors).toEqual([]);
  });

  it('should badge a consistent report ✓ and call it consistent in the popup', async () => {
    const { page } = await open('flat-000.html');
    await expect.poll(async () => (await badgeOf(session, page)).text, WAIT).toBe('✓');
    const popup = await openPopup(session, page);
    await expect.poll(() => text(popup, '.verdict'), WAIT).toBe('✔ 一致：未发现错误；0 个警告、0 条提示');
  });
});
