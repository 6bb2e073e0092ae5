import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, badgeOf, ROOT, useExtension, waitForBadge } from './harness';

const ext = useExtension([path.join(ROOT, 'tests/fixtures/pages')], 'en-US');

describe('the extension in an English browser', () => {
  it('should title the badge, write the popup and the page tooltip in English', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.bjmy.gov.cn:${ext.port}/trs-002.html`);
    const badge = await waitForBadge(ext.session.worker, page, '5');
    expect(badge.title).toBe('Annual report — Errors found: 5 errors; 3 warnings, 4 notes');
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${badge.tabId}`);
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('✖ Errors found: 5 errors; 3 warnings, 4 notes');
    await popup.locator('button.finding', { hasText: 'Table 3 total processed, natural persons' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelector('[role=tooltip]')?.textContent))
      .toBe(
        // the line styles' legend, and the addends below the 900 px window (issue 18)
        '×Error · t3-outcome-totalTable 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2Table 3, every column: total processed = sum of all outcome rows.statedaddend13 more outlined cells are off screen: scroll to see them',
      );
    // the cells in English labels, ASCII punctuation, the count said in words (issue 9)
    const cells = await popup.locator('button.finding', { hasText: 'Table 3 total processed, natural persons' }).locator('.cells').textContent();
    expect(cells).toMatch(
      /^Cells: Table 3 \(7\) total processed, natural persons; addends Table 3 \(1\) disclosed, natural persons; .* \(the other 17 are 0\)$/,
    );
    expect(await popup.locator('.finding .cells').allTextContents()).not.toContainEqual(expect.stringMatching(/[：（）、]|requests\.|review\./));
    await popup.getByRole('tab', { name: 'Tables' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Copy all three tables (TSV)' }).count()).toBe(1);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-findings-english.png') });
  });

  it('should title the toolbar button in English, and give a page that is no report the default title back', async () => {
    const worker = ext.session.worker;
    const defaultTitle = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { getTitle(d: object): Promise<string> } } }).chrome.action.getTitle({}),
    );
    expect(defaultTitle).toBe('Annual report checker');
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.bjmy.gov.cn:${ext.port}/trs-002.html`);
    expect((await waitForBadge(worker, page, '5')).title).toBe('Annual report — Errors found: 5 errors; 3 warnings, 4 notes');
    await page.goto(`http://www.bjmy.gov.cn:${ext.port}/not-report.html`);
    await expect.poll(async () => (await badgeOf(worker, page)).title).toBe('Annual report checker');
  });
});
