import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../lib/history/build-record';
import { exportHistory } from '../../lib/history/history-json';
import { checkHtml } from '../../lib/pipeline';
import { canonicalReport } from '../../lib/report/canonical-report';
import { reportHash } from '../../lib/text/content-hash';
import { ARTIFACTS, ROOT, useExtension, waitForBadge } from './harness';

/**
 * What the user is told when the browser's storage refuses a write (issue 11): a history import over
 * the origin's quota (Chromium's quota lowered through the DevTools protocol), a decision that does not
 * fit in storage.local's 10 MB, and old decisions pruned to make room, only as many as needed.
 */
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const ext = useExtension([PAGES, path.join(ROOT, 'tests/fixtures/pdf')]);

type Local = { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
const TOTAL = '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2';

function exportFile(): string {
  const html = readFileSync(path.join(PAGES, 'trs-002.html'), 'utf8');
  const result = checkHtml(parseHTML(html).document, 'http://www.bjmy.gov.cn/trs-002.html');
  const record = buildRecord({
    url: result.report.source,
    report: canonicalReport(result.report),
    narrative: result.extraction.lines,
    hash: reportHash(result.report, result.extraction.lines),
    checkedAt: '2026-01-20T08:00:00.000Z',
  });
  return exportHistory([record], '2026-01-21T08:00:00.000Z');
}

describe('storage errors shown, nothing lost silently (issue 11)', () => {
  // Chromium reserves quota for an open database connection: the quota tests run before any write opens one
  it('should say in the popup that this report could not be added to the history, and still show the rest', async () => {
    // the store is full before the visit: neither the background (on the visit) nor the popup can add the record
    const options = await ext.session.context.newPage();
    await options.goto(`chrome-extension://${ext.session.extensionId}/options.html`);
    const cdp = await ext.session.context.newCDPSession(options);
    const origin = `chrome-extension://${ext.session.extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.bjmy.gov.cn:${ext.port}/trs-002.html?full`);
    const { tabId } = await waitForBadge(ext.session.worker, page, '5');
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.locator('.cross-year .notice[role=alert]').textContent(), { timeout: 120_000 })
      .toBe('这份报告未能存入历史记录：浏览器给扩展的存储空间已满。历史中原有的记录未受影响。');
    // the check itself is all there
    // (10 lines and one folded line for the two copy-paste notes: 12 findings)
    expect(await popup.locator('button.finding').count()).toBe(10);
    expect(await popup.locator('button.group-toggle').textContent()).toContain('2 条同类提示');

    // the viewer, for an attachment, says the same beside the check
    const viewer = await ext.session.context.newPage();
    await viewer.setViewportSize({ width: 1400, height: 900 });
    await viewer.goto(`chrome-extension://${ext.session.extensionId}/viewer.html?url=${encodeURIComponent(`http://www.huaian.gov.cn:${ext.port}/002.pdf`)}`);
    await expect.poll(() => viewer.locator('.verdict').textContent(), { timeout: 120_000 }).toBe('✖ 有错误：2 个错误；1 个警告、0 条提示');
    await expect
      .poll(() => viewer.locator('aside .notice[role=status]').textContent(), { timeout: 120_000 })
      .toBe('本附件未能存入历史记录：浏览器给扩展的存储空间已满。历史中原有的记录未受影响。');
    await viewer.screenshot({ path: path.join(ARTIFACTS, 'viewer-history-not-saved.png') });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await Promise.all([options.close(), page.close(), popup.close(), viewer.close()]);
  });

  it('should say an import failed for a full store and that nothing was imported, then import once there is room', async () => {
    const history = await ext.session.context.newPage();
    await history.goto(`chrome-extension://${ext.session.extensionId}/reports.html`);
    const cdp = await ext.session.context.newCDPSession(history);
    const origin = `chrome-extension://${ext.session.extensionId}`;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    const file = { name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(exportFile()) };
    await history.locator('input[type=file]').setInputFiles(file);
    const message = history.locator('.message');
    await expect.poll(() => message.textContent(), { timeout: 120_000 }).toBe('导入失败：浏览器给扩展的存储空间已满。本次未导入任何记录，原有记录未受影响。');
    expect(await history.locator('tbody tr').count()).toBe(0);
    await history.screenshot({ path: path.join(ARTIFACTS, 'history-import-quota.png') });

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await history.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => message.textContent(), { timeout: 120_000 }).toBe('已导入 1 条记录。');
    expect(await history.locator('tbody tr').count()).toBe(1);
  });

  it('should say a decision was not saved when storage.local is full, and remove only the oldest decisions when over their budget', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.bjmy.gov.cn:${ext.port}/trs-002.html`);
    const { tabId } = await waitForBadge(ext.session.worker, page, '5');
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
    const local = (fn: (l: Local, arg: number) => Promise<unknown>, arg = 0) =>
      popup.evaluate(
        ([body, n]) =>
          new Function('l', 'n', `return (${body})(l, n)`)((globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local, n),
        [fn.toString(), arg] as const,
      );
    const item = popup.locator('li', { has: popup.locator('button.finding', { hasText: TOTAL }) });
    await item.waitFor();

    // a setting that fills storage.local's 10 MB: the decision cannot be written, and the page says so
    await local((l) => l.set({ filler: 'x'.repeat(10 * 1024 * 1024 - 64) }));
    await item.getByRole('button', { name: '确认' }).click();
    const alert = popup.locator('.review-error');
    await expect.poll(() => alert.textContent()).toBe('决定未保存：浏览器给扩展的存储空间已满。此前保存的决定未受影响。');
    expect(await item.locator('.review-state').count()).toBe(0);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-review-not-saved.png') });

    // 45 old report versions of 100 kB of decisions each (4.5 MB, over the 4 MB budget), dated a day apart
    await local(async (l) => {
      await l.clear();
      const versions: Record<string, unknown> = {};
      for (let i = 0; i < 45; i++) {
        const at = new Date(Date.UTC(2022, 0, 1 + i)).toISOString();
        versions[`review:h${String(i).padStart(2, '0')}:https://old.gov.cn/${i}`] = {
          [`T3-C|x|${i}||`]: { status: 'dismissed', note: '注'.repeat(2000), at },
          ...Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`k${k}`, { status: 'confirmed', note: '注'.repeat(2000), at }])),
        };
      }
      await l.set(versions);
    });
    await item.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => item.locator('.review-state').textContent()).toBe('已确认');
    await expect
      .poll(() => popup.locator('.notice[role=status]', { hasText: '决定记录超过容量上限' }).textContent())
      .toMatch(/已删除最早作出决定的 \d+ 份报告上的决定/);
    const keys = Object.keys((await local((l) => l.get(null))) as object)
      .filter((k) => k.startsWith('review:'))
      .sort();
    const removed = Number(/删除最早作出决定的 (\d+) 份/.exec((await popup.locator('.notice[role=status]', { hasText: '决定记录' }).textContent())!)![1]);
    // only as many as needed (the budget holds about 41 of them), the oldest first, and this report's kept
    expect(removed).toBeGreaterThan(0);
    expect(removed).toBeLessThan(10);
    const old = keys.filter((k) => k.includes('old.gov.cn'));
    expect(old).toHaveLength(45 - removed);
    expect(old[0]).toBe(`review:h${String(removed).padStart(2, '0')}:https://old.gov.cn/${removed}`);
    expect(keys.some((k) => k.endsWith('/trs-002.html'))).toBe(true);
    expect(await alert.count()).toBe(0);
  });
});
