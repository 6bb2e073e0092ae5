import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { recordReportMessage } from '../../lib/history/build-record';
import { checkHtml } from '../../lib/pipeline';
import { ARTIFACTS, ROOT, useExtension, waitForBadge } from './harness';

const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const TITLE_2022 = '北京市通州区国资委2022年政府信息公开工作年度报告';
const url = (file: string, host = 'www.bjtzh.gov.cn') => `http://${host}:${ext.port}/${file}`;

const ext = useExtension([PAGES]);

/** Visits a report page, waits for its badge, then opens the popup for that tab (the popup records the report). */
async function visitAndOpenPopup(file: string, badge: string) {
  const page = await ext.session.context.newPage();
  await page.goto(url(file));
  const { tabId } = await waitForBadge(ext.session.worker, page, badge);
  const popup = await ext.session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.cross-year h2').waitFor();
  return { page, popup };
}

describe('local history and the cross-year checks, in Chromium with the built extension', () => {
  it('should compare the 2023 report with the 2022 report of the same agency seen before (X-1 carry-over)', async () => {
    const y2022 = await visitAndOpenPopup('history-tongzhou-gzw-2022.html', '✓');
    await expect.poll(() => y2022.popup.locator('.cross-year').textContent()).toContain('历史记录中没有北京市通州区国资委2021年的报告');

    const y2023 = await visitAndOpenPopup('history-tongzhou-gzw-2023.html', '✓');
    const items = y2023.popup.locator('.cross-year .finding');
    // X-1 in two columns, and X-3: the 2022 fixture is the 2023 narrative with the years changed, which the
    // content script now hands over with the report
    await expect.poll(() => items.count()).toBe(3);
    expect(await y2023.popup.locator('.cross-year').textContent()).toContain(`对照上年报告：${TITLE_2022}`);
    expect(await items.nth(0).locator('.msg').textContent()).toBe(
      `表三·自然人列上年结转：上年报告（${TITLE_2022}）四、结转下年度继续办理·自然人 2 ≠ 本年二、上年结转·自然人 0`,
    );
    expect(await items.nth(1).locator('.msg').textContent()).toBe(
      `表三·总计列上年结转：上年报告（${TITLE_2022}）四、结转下年度继续办理·总计 2 ≠ 本年二、上年结转·总计 0`,
    );
    expect(await items.nth(0).getAttribute('class')).toBe('finding warning');
    expect(await items.nth(2).textContent()).toContain('cross-year-same-narrative');
    // a click outlines this year's 上年结转·自然人 on the page, with last year's figure in the tooltip
    await items.nth(0).click();
    const overlay = () =>
      y2023.page.evaluate(() => {
        const root = document.querySelector('xxgk-audit-overlay')?.shadowRoot;
        return { boxes: root?.querySelectorAll('.box').length ?? 0, tip: root?.querySelector('.tip')?.textContent ?? '' };
      });
    await expect.poll(overlay).toEqual({ boxes: 1, tip: expect.stringContaining('四、结转下年度继续办理·自然人 2') });
    // the page's own findings are untouched: the 2023 report is consistent in itself
    expect(await y2023.popup.locator('.verdict').textContent()).toMatch(/^✔ 一致：未发现错误/);
    await y2023.popup.locator('.cross-year').scrollIntoViewIfNeeded();
    await y2023.popup.screenshot({ path: path.join(ARTIFACTS, 'history-popup-cross-year.png'), fullPage: true });
  });

  it('should store a record-report from a content script in the background, and list, filter and compare on reports.html', async () => {
    const history = await ext.session.context.newPage();
    await history.goto(`chrome-extension://${ext.session.extensionId}/reports.html`);
    await expect.poll(() => history.locator('table.history tbody tr').count()).toBe(2);

    // a record-report that does not come from a web page's tab (here: an extension page) is refused: the
    // record's address is the tab's own, never the one a message claims
    const pageUrl = url('trs-002.html', 'www.bjmy.gov.cn');
    const { document } = parseHTML(readFileSync(path.join(PAGES, 'trs-002.html'), 'utf8'));
    const message = JSON.parse(JSON.stringify(recordReportMessage(checkHtml(document, pageUrl), pageUrl, '2026-11-23T08:00:00.000Z')));
    const reply = await history.evaluate(
      (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
      message,
    );
    expect(reply).toEqual({ ok: false, error: 'no page address' });
    // what the content script sends after it checks the real page (seed 002 as a TRS portal page)
    const page = await ext.session.context.newPage();
    await page.goto(pageUrl);
    await waitForBadge(ext.session.worker, page, '5');
    await page.close();

    await history.reload();
    const rows = history.locator('table.history tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const rowText = async () => (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    // newest check first: the page just checked, then the two checked before
    expect((await rowText()).map((t) => t.slice(0, 40))).toEqual([
      expect.stringMatching(/^北京市密云区商务局2023✖ 有错误5 \/ 3 \/ 4/),
      expect.stringMatching(/^北京市通州区国资委2023✔ 一致0 \/ 0 \/ \d/),
      expect.stringMatching(/^北京市通州区国资委2022✔ 一致0 \/ 0 \/ \d/),
    ]);
    expect(await history.locator('#usage').textContent()).toMatch(/已用 \d+ kB \/ 上限 20\.0 MB（3 条记录）/);

    await history.locator('input[name=agency]').fill('通州区 国资委');
    await expect.poll(() => rows.count()).toBe(2);
    await history.locator('select[name=year]').selectOption('2022');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await history.locator('#shown').textContent()).toBe('显示 1 / 3 条');
    await history.locator('input[name=agency]').fill('');
    await history.locator('select[name=year]').selectOption('');
    await history.locator('select[name=verdict]').selectOption('error');
    await expect.poll(() => rowText()).toEqual([expect.stringContaining('北京市密云区商务局')]);
    await history.locator('select[name=verdict]').selectOption('');

    await history.locator('table.history button.link', { hasText: '北京市通州区国资委' }).first().click();
    const yoy = history.locator('.year-on-year');
    expect(await yoy.locator('table.yoy thead th').allTextContents()).toEqual(['项目', '2022', '2023']);
    expect(await yoy.locator('tr[data-figure=newReceived] td').allTextContents()).toEqual(['8', '6']);
    expect(await yoy.locator('tr[data-figure=carriedForward] td').allTextContents()).toEqual(['2', '0']);
    expect(await yoy.locator('tr[data-figure=carriedOver] td').allTextContents()).toEqual(['0', '0']);
    const step = yoy.locator('[data-step="2022-2023"] li');
    expect(await step.count()).toBe(3);
    expect(await step.first().textContent()).toContain('四、结转下年度继续办理·自然人 2 ≠ 本年二、上年结转·自然人 0');
    await history.screenshot({ path: path.join(ARTIFACTS, 'history-page-year-on-year.png'), fullPage: true });

    // export: a JSON file with the three records
    const [download] = await Promise.all([history.waitForEvent('download'), history.locator('button', { hasText: '导出 JSON' }).click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    // named as the other exports are, with the local day and minute (not xxgk-audit-history-<UTC date>)
    expect(download.suggestedFilename()).toMatch(/^年报核查历史记录-\d{8}-\d{4}\.json$/);
    expect(JSON.parse(exported).exportedAt).toMatch(/[+-]\d\d:\d\d$/);
    expect(JSON.parse(exported)).toMatchObject({ schemaVersion: 1, records: [{ agency: '北京市密云区商务局' }, { year: 2023 }, { year: 2022 }] });

    // clear asks first; dismissing keeps everything, accepting empties the history
    history.once('dialog', (d) => void d.dismiss());
    await history.locator('button.danger').click();
    expect(await rows.count()).toBe(3);
    history.once('dialog', (d) => void d.accept());
    await history.locator('button.danger').click();
    await expect.poll(() => history.locator('.message').textContent()).toBe('历史记录已清空。');
    expect(await rows.count()).toBe(0);

    // import the export back, with one damaged record that is rejected with its reason
    const file = JSON.parse(exported) as { records: { verdict: string }[] };
    file.records.push({ ...file.records[0]!, verdict: 'fine' });
    await history.locator('input[type=file]').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => rows.count()).toBe(3);
    expect(await history.locator('.message').textContent()).toMatch(
      /^已导入 3 条记录，1 条无效未导入。\n#4 http:\/\/www\.bjmy\.gov\.cn:\d+\/trs-002\.html#[0-9a-f]{64}: verdict: /,
    );
  });

  it('should link the history page from the options page', async () => {
    const options = await ext.session.context.newPage();
    await options.goto(`chrome-extension://${ext.session.extensionId}/options.html`);
    await options.locator('a[href="reports.html"]').click();
    await expect.poll(() => ext.session.context.pages().some((p) => p.url().endsWith('/reports.html'))).toBe(true);
  });
});
