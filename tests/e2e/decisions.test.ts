import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, badgeOf, ROOT, useExtension, waitForBadge } from './harness';

/**
 * An auditor's decision reaches every screen (issue 18): a finding dismissed (驳回) in the popup is not
 * counted by the toolbar badge, its tooltip, the history page or the batch grid, which say "1 个已驳回" as
 * the popup does.
 */
const PAGES = path.join(ROOT, 'tests/fixtures/pages');

const ext = useExtension([PAGES]);

describe('an auditor’s decisions on every screen', () => {
  it('should count a finding dismissed in the popup off the badge, its tooltip, the history page and the batch grid', async () => {
    const page = await ext.session.context.newPage();
    const url = `http://www.bjmy.gov.cn:${ext.port}/trs-002.html`;
    await page.goto(url);
    const before = await waitForBadge(ext.session.worker, page, '5');
    expect(before.title).toBe('年报——有错误：5 个错误；3 个警告、4 条提示');

    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${before.tabId}`);
    // one of the two 表三 outcome-total errors (seed 002's 总计 stated 10, its addends 8)
    const total = popup.locator('li', { has: popup.locator('button.finding[data-rule="t3-outcome-total"]') }).first();
    await total.getByRole('button', { name: '驳回' }).click();
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('✖ 有错误：4 个错误；3 个警告、4 条提示；1 个已驳回');

    // the badge and its tooltip, set again by the background from the decision kept
    const after = await waitForBadge(ext.session.worker, page, '4');
    expect(after).toEqual({ tabId: before.tabId, text: '4', title: '年报——有错误：4 个错误；3 个警告、4 条提示；1 个已驳回' });

    // the history page reads the same decision for the record of this page version
    const history = await ext.session.context.newPage();
    await history.goto(`chrome-extension://${ext.session.extensionId}/reports.html`);
    const row = history.locator('table.history tbody tr').first();
    await expect.poll(() => row.locator('td.verdict').textContent()).toBe('✖ 有错误（1 个已驳回）');
    expect(await row.locator('td.verdict').getAttribute('title')).toBe('有错误：4 个错误；3 个警告、4 条提示；1 个已驳回');
    expect(await row.locator('td.num').textContent()).toBe('4 / 3 / 4');
    await history.screenshot({ path: path.join(ARTIFACTS, 'decisions-history.png'), fullPage: true });

    // the batch grid, checking the same page version, reads the same decision
    const batch = await ext.session.context.newPage();
    await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html`);
    await batch.getByLabel('粘贴链接（每行一个，或任意含网址的文字）').fill(url);
    await batch.getByRole('button', { name: '加入列表' }).click();
    await batch.getByRole('button', { name: '开始核查' }).click();
    const gridRow = batch.getByTestId('grid').locator('tbody tr').first();
    await expect.poll(() => gridRow.locator('td.verdict').textContent(), { timeout: 120_000 }).toBe('有错误（1 个已驳回）');
    expect(await gridRow.locator('td.verdict').getAttribute('title')).toBe('有错误：4 个错误；3 个警告、4 条提示；1 个已驳回');
    expect(await gridRow.locator('td.num').allTextContents()).toEqual(['4', '3', '4']);
    await batch.screenshot({ path: path.join(ARTIFACTS, 'decisions-batch.png'), fullPage: true });

    // the page seen again: the checker's summary names its version, and the badge keeps the decision
    await page.reload();
    await expect.poll(async () => (await badgeOf(ext.session.worker, page)).title, { timeout: 120_000 }).toContain('1 个已驳回');
    expect((await badgeOf(ext.session.worker, page)).text).toBe('4');

    // the decision restored in a new popup, then withdrawn (驳回 pressed again): the badge and the open history page follow
    await popup.reload();
    await expect.poll(() => total.locator('.review-state').textContent()).toBe('已驳回');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'decisions-popup.png'), fullPage: true });
    await total.getByRole('button', { name: '驳回' }).click();
    expect((await waitForBadge(ext.session.worker, page, '5')).title).toBe('年报——有错误：5 个错误；3 个警告、4 条提示');
    await expect.poll(() => row.locator('td.verdict').textContent()).toBe('✖ 有错误');
    expect(await row.locator('td.num').textContent()).toBe('5 / 3 / 4');
    await expect.poll(() => gridRow.locator('td.verdict').textContent()).toBe('有错误');
    expect(await gridRow.locator('td.num').allTextContents()).toEqual(['5', '3', '4']);
  });
});
