import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, ROOT, serve, waitForBadge, type Session } from './harness';

let session: Session;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve([path.join(ROOT, 'tests/fixtures/pages')]);
  session = await launch('en-US');
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the extension in an English browser', () => {
  it('should title the badge, write the popup and the page tooltip in English', async () => {
    const page = await session.context.newPage();
    await page.goto(`http://www.bjmy.gov.cn:${server.port}/trs-002.html`);
    const badge = await waitForBadge(session.worker, page, '5');
    expect(badge.title).toBe('Annual report: 5 errors, 3 warnings');
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${badge.tabId}`);
    await expect.poll(() => popup.locator('.verdict').textContent()).toBe('✖ 5 errors, 3 warnings, 4 notes');
    await popup.locator('button.finding', { hasText: 'Table 3 total processed, natural persons' }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelector('[role=tooltip]')?.textContent))
      .toBe('×Error · t3-outcome-totalTable 3 total processed, natural persons: 2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8, reported 10, off by 2');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-findings-english.png') });
  });
});
