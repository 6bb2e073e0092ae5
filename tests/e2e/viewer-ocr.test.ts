import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useExtension } from './harness';

/**
 * 识别扫描件 in Chromium's viewer: a real scan (tests/fixtures/scans/pdf-002-300.pdf: the three table pages
 * of tests/fixtures/pdf/002.pdf scanned at 300 dpi, turned, blurred, a red seal over 表四's corner),
 * fetched from a *.gov.cn host, refused as a scan, then read by the bundled PP-OCRv4 model in the viewer
 * page (onnxruntime wasm, one thread). The one OCR file of the e2e suite (about 30 s of OCR on this
 * machine); the full matrix is `npm run test:scans`.
 */
const ext = useExtension([path.join(ROOT, 'tests/fixtures/scans')]);

describe('the viewer on a scanned PDF', () => {
  it('should offer 识别扫描件, read 表四 by OCR, flag its printed errors and outline a cell on the page image', async () => {
    const page = await ext.session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.setViewportSize({ width: 1400, height: 1000 });
    const url = `http://www.huaian.gov.cn:${ext.port}/pdf-002-300.pdf`;
    await page.goto(`chrome-extension://${ext.session.extensionId}/viewer.html?url=${encodeURIComponent(url)}`);
    const start = page.locator('button.ocr-start');
    await start.waitFor({ timeout: 120_000 });
    expect(await start.textContent()).toBe('识别扫描件');
    await start.click();
    // the progress names the page; the model is loaded from the extension's own files
    await expect.poll(() => page.locator('.viewer aside').textContent(), { timeout: 120_000 }).toMatch(/正在(载入识别模型|识别第 \d \/ 3 页)/);
    await page.locator('.verdict').waitFor({ timeout: 240_000 });
    const findings = await page.locator('button.finding').allTextContents();
    // the two 总计 printed wrong in 002.pdf's 表四 (行政复议 and 复议后起诉), found on the scan
    expect(findings.some((f) => f.includes('行政复议·总计'))).toBe(true);
    expect(findings.some((f) => f.includes('复议后起诉·总计'))).toBe(true);
    // the OCR note says how the figures were read
    expect(findings.some((f) => f.includes('表格由扫描件识别（OCR）'))).toBe(true);
    // the finding shows each of its cells' pictures from the scan beside the figure read there
    const total = page.locator('button.finding', { hasText: '行政复议·总计' }).first();
    expect(await total.locator('.ocr-cell img').count()).toBeGreaterThanOrEqual(2);
    expect(
      await total
        .locator('.ocr-cell img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(10);
    expect(await total.locator('.ocr-read').first().textContent()).toMatch(/^识别为/);
    await total.screenshot({ path: path.join(ARTIFACTS, 'viewer-ocr-finding.png') });
    await page.locator('button.finding', { hasText: '行政复议·总计' }).first().click();
    await expect.poll(() => page.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box.stated').length ?? 0)).toBe(1);
    expect(await page.locator('.outcome').textContent()).toMatch(/^已在第 3 页标出 \d+ 个单元格$/);
    await page.locator('.pdf-page[data-page="3"][data-drawn="true"] canvas').waitFor();
    // the outlined 总计 sits on the page image
    const inside = await page.evaluate(() => {
      const box = document.querySelector('xxgk-audit-overlay')!.shadowRoot!.querySelector('.box.stated')!.getBoundingClientRect();
      const frame = document.querySelector('.pdf-page[data-page="3"]')!.getBoundingClientRect();
      return box.width > 0 && box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
    });
    expect(inside).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-ocr-review.png') });
    // the tables view says where the figures came from
    await page.locator('button[role="tab"]', { hasText: '表格' }).click();
    expect(await page.locator('h2#t-review').textContent()).toContain('扫描件识别（OCR）');
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.close();
  }, 300_000);

  it('should offer 识别扫描件 on the batch page’s row of a scanned PDF, cancellable, and put the report read in the row', async () => {
    const batch = await ext.session.context.newPage();
    const errors: string[] = [];
    batch.on('pageerror', (e) => errors.push(String(e)));
    const requested: string[] = [];
    batch.on('request', (r) => void requested.push(r.url()));
    await batch.setViewportSize({ width: 1400, height: 900 });
    await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html`);
    const url = `http://www.huaian.gov.cn:${ext.port}/pdf-002-150.pdf`;
    await batch.getByLabel('粘贴链接（每行一个，或任意含网址的文字）').fill(`淮安市洪泽区2023年政府信息公开工作年度报告 ${url}`);
    await batch.getByRole('button', { name: '加入列表' }).click();
    await batch.getByRole('button', { name: '开始核查' }).click();
    const row = batch.locator('table.grid tbody tr').first();
    await expect.poll(() => row.getAttribute('data-verdict'), { timeout: 120_000 }).toBe('unreadable');
    expect(await row.locator('td.message').textContent()).toContain('扫描版');
    // the model and the wasm are fetched only on the click
    const ocrFiles = () => requested.filter((u) => /\/ocr\/|\.onnx|ort-wasm/.test(u)).length;
    expect(ocrFiles()).toBe(0);
    // cancelled between pages, the row stays a scan and can be read again
    await row.locator('button.ocr-start').click();
    await expect.poll(() => row.locator('.ocr-progress').textContent(), { timeout: 120_000 }).toMatch(/正在识别第 1 \/ 3 页/);
    await row.locator('button.ocr-cancel').click();
    await expect.poll(() => row.locator('.ocr-outcome').textContent(), { timeout: 120_000 }).toContain('已取消识别');
    expect(await row.getAttribute('data-verdict')).toBe('unreadable');
    expect(ocrFiles()).toBeGreaterThan(0);
    await row.locator('button.ocr-start').click();
    await expect.poll(() => row.getAttribute('data-verdict'), { timeout: 300_000 }).not.toBe('unreadable');
    const cells = await row.locator('td').allTextContents();
    // the agency and year from the link's text (OCR reads no title: the scan holds the table pages only), not the text itself
    expect(cells.slice(1, 3)).toEqual(['淮安市洪泽区', '2023']);
    // 002's 表四 prints two 总计 wrong, both under the seal: read from the scan's own pixels (an ImageBitmap in
    // Chromium's pdf.js, not the page drawn at 200 dpi), the row has both errors, as the CLI's --ocr finds them
    expect(await row.getAttribute('data-verdict')).toBe('error');
    expect(cells[4]).toBe('2');
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-ocr.png'), fullPage: true });
    expect(errors).toEqual([]);
    await batch.close();
  }, 600_000);
});
