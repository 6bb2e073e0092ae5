import { readFileSync } from 'node:fs';
import { axeViolations } from './axe-violations';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useExtension, waitForBadge } from './harness';

/**
 * Issue 9, the parts a browser must show: type sizes as Chromium computes them on the extension pages
 * (whose own stylesheet shrinks the body to 75%), the tooltip beside outlined cells kept inside the
 * window, Escape and a finding without cells clearing the outline, and axe-core finding no serious or
 * critical violation on any page.
 */
const ext = useExtension([...['pages', 'docx', 'batch', 'pdf'].map((d) => path.join(ROOT, 'tests/fixtures', d)), path.join(ROOT, 'assets/samples')]);
const extPage = (name: string) => `chrome-extension://${ext.session.extensionId}/${name}`;

async function openReport(file: string, badge: string, width = 1280) {
  const page = await ext.session.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`http://www.bjmy.gov.cn:${ext.port}/${file}`);
  const { tabId } = await waitForBadge(ext.session.worker, page, badge);
  return { page, tabId };
}

async function openPopup(tabId: number, width = 420) {
  const popup = await ext.session.context.newPage();
  await popup.setViewportSize({ width, height: 800 });
  await popup.goto(extPage(`popup.html?tab=${tabId}`));
  await popup.locator('.verdict').waitFor();
  return popup;
}

const px = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

const overlayBoxes = (page: Page) => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box').length ?? 0);
const tipRect = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelector('.tip')?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight } : null;
  });

describe('the manifest', () => {
  it('should carry our icons at 16–128 px and a shortcut that opens the popup', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    expect(manifest.action.default_icon).toEqual(manifest.icons);
    expect(manifest.commands).toEqual({ _execute_action: { suggested_key: { default: 'Alt+Shift+X' } } });
    for (const size of [16, 32, 48, 128]) expect(readFileSync(path.join(ROOT, `.output/chrome-mv3/icon/${size}.png`)).readUInt32BE(16)).toBe(size);
  });
});

describe('type sizes on the extension pages', () => {
  it('should set the popup verdict and findings in at least 13 px, secondary lines in at least 12 px', async () => {
    const { tabId } = await openReport('trs-002.html', '5');
    const popup = await openPopup(tabId);
    expect(await px(popup, '.verdict')).toBeGreaterThanOrEqual(13);
    expect(await px(popup, 'button.finding .msg')).toBeGreaterThanOrEqual(13);
    expect(await px(popup, 'button.finding .cells')).toBeGreaterThanOrEqual(12);
    expect(await px(popup, 'body')).toBeGreaterThanOrEqual(13);
  });

  it.each(['batch.html', 'reports.html', 'options.html', 'viewer.html'])('should set the body copy of %s in at least 13 px', async (name) => {
    const page = await ext.session.context.newPage();
    await page.goto(extPage(name));
    await page.locator('h1').first().waitFor();
    expect(await px(page, 'body')).toBeGreaterThanOrEqual(13);
    expect(await px(page, 'h1')).toBeGreaterThanOrEqual(16);
  });
});

describe('the popup on a clean report with blank columns, an inconsistent report and a 2019 report', () => {
  it('should show the 27 checks the blank columns leave undone as one collapsed line that expands, and filter by severity', async () => {
    const { tabId } = await openReport('blank-columns.html', '?');
    const popup = await openPopup(tabId);
    const group = popup.locator('button.group-toggle', { hasText: '27' });
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    expect(await group.textContent()).toContain('27 处核对因未填数字无法进行（涉及 3 条规则，展开查看各处）');
    expect(await popup.locator('button.finding[data-rule="t3-row-total"]').count()).toBe(0);
    // besides the folded line, only the count of blank cells is left to read
    expect(await popup.locator('button.finding').count()).toBe(1);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-blank-columns-420.png'), fullPage: true });
    // about 640 px of content, against the 4,475 px it took with every note on its own line
    expect(await popup.evaluate(() => Math.ceil(document.getElementById('app')!.getBoundingClientRect().bottom))).toBeLessThan(700);
    await group.click();
    expect(await group.getAttribute('aria-expanded')).toBe('true');
    expect(await popup.locator('button.finding[data-rule="t3-row-total"]').count()).toBe(25);
    await group.click();
    await popup.getByRole('checkbox', { name: /提示/ }).uncheck();
    expect(await popup.locator('button.group-toggle, button.finding.info').count()).toBe(0);
    await popup.getByRole('checkbox', { name: /提示/ }).check();
    await popup.setViewportSize({ width: 800, height: 800 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-blank-columns-800.png'), fullPage: true });
  });

  it('should explain each finding by its rule and clause in Chinese (no English developer text, no file name), and show its table row', async () => {
    const { tabId } = await openReport('trs-002.html', '5');
    const popup = await openPopup(tabId);
    const item = popup.locator('li', { has: popup.locator('button.finding', { hasText: '表三（七）总计·自然人：' }) });
    expect(await item.locator('.rule-summary').textContent()).toBe('表三每一列：（七）总计 = （一）至（六）各项办理结果之和。');
    const why = item.locator('details.why');
    await why.locator('summary').click();
    expect(await why.textContent()).toContain('T3-C');
    expect(await why.textContent()).toContain('表三每一列：（七）总计 = （一）至（六）各项办理结果之和。');
    expect(await why.textContent()).not.toMatch(/report-format|\.md\b|Σ|[A-Za-z]{4,} [A-Za-z]{3,}/);
    const rows = item.locator('details.rows');
    await rows.locator('summary').click();
    // as printed: seed 002 has a space inside this 10 (finding number-spacing)
    expect((await rows.locator('td.stated').allTextContents()).map((x) => x.replace(/\s/g, ''))).toEqual(['10']);
    expect(await rows.locator('td.addend').count()).toBeGreaterThan(0);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-inconsistent-420.png'), fullPage: true });
    await popup.setViewportSize({ width: 800, height: 800 });
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-inconsistent-800.png'), fullPage: true });
  });

  it.each([420, 800])('should show the 7 columns of 表三 without sideways scrolling at %i px', async (width) => {
    const { tabId } = await openReport('trs-002.html', '5');
    const popup = await openPopup(tabId, width);
    await popup.getByRole('tab', { name: '表格' }).click();
    const region = popup.getByRole('region', { name: '三、收到和处理政府信息公开申请情况' }).locator('.scroll');
    const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-tables-${width}.png`), fullPage: true });
  });

  it.each([420, 800])('should show a 2019 report at %i px', async (width) => {
    const { tabId } = await openReport('format2019-illustrative.html', '5');
    const popup = await openPopup(tabId, width);
    expect(await popup.locator('.notice').first().textContent()).toContain('2019 年试行格式');
    await popup.screenshot({ path: path.join(ARTIFACTS, `popup-2019-${width}.png`), fullPage: true });
  });
});

describe('the outline on the page', () => {
  it('should keep the tooltip of a 总计-column finding inside a 1,280 px window, and clear the outline on Escape', async () => {
    const { page, tabId } = await openReport('beijing-2023-miyun-commerce.html', '5');
    const popup = await openPopup(tabId);
    // T3-C in the 总计 column: the rightmost cell of 表三
    await popup.locator('button.finding', { hasText: '表三（七）总计·总计：' }).click();
    await expect.poll(() => overlayBoxes(page)).toBeGreaterThan(0);
    await page.bringToFront();
    const tip = (await tipRect(page))!;
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(tip.width);
    expect(tip.top).toBeGreaterThanOrEqual(0);
    expect(tip.bottom).toBeLessThanOrEqual(tip.height);
    await page.screenshot({ path: path.join(ARTIFACTS, 'page-total-column-outlined-1280.png') });
    await page.keyboard.press('Escape');
    expect(await overlayBoxes(page)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('xxgk-audit-overlay').length)).toBe(0);
  });

  it('should clear the outline when a finding without cells is picked', async () => {
    const { page, tabId } = await openReport('trs-002.html', '5');
    const popup = await openPopup(tabId);
    await popup.locator('button.finding', { hasText: '表三（七）总计·自然人：' }).click();
    await expect.poll(() => overlayBoxes(page)).toBe(22);
    // 六、其他需要报告的事项 has no 信息处理费 sentence: a finding about the text, with no cell
    await popup.locator('button.finding', { hasText: '信息处理费' }).click();
    await expect.poll(() => popup.locator('.outcome').textContent()).toBe('此项不涉及表格单元格');
    await expect.poll(() => overlayBoxes(page)).toBe(0);
  });

  it('should keep the tooltip inside the viewer window on a 总计-column finding of a Word attachment, and clear it on Escape', async () => {
    const page = await ext.session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(extPage(`viewer.html?url=${encodeURIComponent(`http://www.huaian.gov.cn:${ext.port}/seed-002.docx`)}`));
    await page.locator('button.finding', { hasText: '表三（七）总计·总计：' }).click({ timeout: 120_000 });
    await expect.poll(() => overlayBoxes(page)).toBeGreaterThan(0);
    const tip = (await tipRect(page))!;
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(tip.width);
    expect(tip.bottom).toBeLessThanOrEqual(tip.height);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-total-column-outlined-1280.png') });
    await page.keyboard.press('Escape');
    expect(await overlayBoxes(page)).toBe(0);
  });
});

describe('accessibility (axe-core)', () => {
  it('should find no serious or critical violation in the popup, on findings and on tables', async () => {
    const { tabId } = await openReport('trs-002.html', '5');
    const popup = await openPopup(tabId);
    expect(await axeViolations(popup)).toEqual([]);
    // with a folded line opened and a finding's why and rows shown
    await popup.locator('button.group-toggle').first().click();
    await popup.locator('details.why summary').first().click();
    await popup.locator('details.rows summary').first().click();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('tab', { name: '表格' }).click();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('should find no serious or critical violation in the viewer', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(extPage(`viewer.html?url=${encodeURIComponent(`http://www.huaian.gov.cn:${ext.port}/seed-002.docx`)}`));
    await page.locator('.verdict').waitFor({ timeout: 120_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  // the batch page with its results is checked by axe in batch.test.ts, after the same 24 reports' run
  it('should find no serious or critical violation on the batch page with its links', async () => {
    const list = await ext.session.context.newPage();
    await list.goto(`http://www.bjtzh.gov.cn:${ext.port}/zfxxgknb/index.html`);
    const { tabId } = await waitForBadge(ext.session.worker, list, '');
    const batch = await ext.session.context.newPage();
    await batch.goto(extPage(`batch.html?tab=${tabId}`));
    await expect.poll(() => batch.locator('ol.link-list input[type=checkbox]').count()).toBe(24);
    expect(await axeViolations(batch)).toEqual([]);
  });

  it('should find no serious or critical violation on the history page listing the reports seen', async () => {
    const history = await ext.session.context.newPage();
    await history.goto(extPage('reports.html'));
    await expect.poll(() => history.locator('table.history tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(history)).toEqual([]);
    await history.screenshot({ path: path.join(ARTIFACTS, 'history-axe.png'), fullPage: true });
  });

  it.each(['batch.html', 'reports.html', 'options.html'])('should find no serious or critical violation on %s', async (name) => {
    const page = await ext.session.context.newPage();
    await page.goto(extPage(name));
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
  });
});
