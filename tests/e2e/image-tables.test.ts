import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED, expectedCells } from '../helpers/corpus';
import { ARTIFACTS, ROOT, badgeOf, useExtension } from './harness';

/**
 * A real report page whose tables are pictures (tests/fixtures/pages/image-tables.html: pingtan-hzs-2024
 * with its three tables as Chromium screenshots): the popup offers 识别表格图片, the viewer downloads the
 * pictures from the page's site and reads them with the bundled PP-OCRv4 model (one thread), the
 * template's sums prove every figure. One page of three pictures (about a minute of OCR here).
 */
const ext = useExtension([path.join(ROOT, 'tests/fixtures/pages')]);

type CanonicalCell = { value: number | null; raw: string; ocr?: { status: string } };
type Canonical = { title: string | null; tables: Record<string, Record<string, Record<string, CanonicalCell>> | null> };

describe('a report page whose tables are pictures', () => {
  it('should offer 识别表格图片 in the popup, read every cell of 三 and 四 in the viewer, show 表四’s error with its cells’ pictures and outline it on the picture', async () => {
    const { context, worker, extensionId } = ext.session;
    const page = await context.newPage();
    const url = `http://www.pingtan.gov.cn:${ext.port}/image-tables.html`;
    await page.goto(url);
    const { tabId } = await badgeOf(worker, page);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    const requested: string[] = [];
    context.on('request', (r) => void requested.push(r.url()));
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    const offer = popup.locator('button.ocr-images');
    await offer.waitFor({ timeout: 120_000 });
    expect(await offer.textContent()).toBe('识别表格图片');
    expect(await popup.locator('.table-images').textContent()).toContain('本页文章中有 3 张图片');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-image-tables.png'), fullPage: true });
    // the popup and the page pay nothing for the OCR: no model, no wasm, until the viewer asks
    const ocrFiles = () => requested.filter((u) => /\/ocr\/|\.onnx|ort-wasm/.test(u)).length;
    expect(ocrFiles()).toBe(0);

    // counted where they arrive: Playwright's request events missed one of a new page's first requests at load 30
    const servedBefore = ext.requests.length;
    const opened = context.waitForEvent('page');
    await offer.click();
    const viewer = await opened;
    const errors: string[] = [];
    viewer.on('pageerror', (e) => errors.push(String(e)));
    viewer.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await viewer.setViewportSize({ width: 1400, height: 1000 });
    await viewer.waitForLoadState();
    expect(viewer.url()).toContain('/viewer.html?page=');
    // the progress names the picture
    await expect.poll(() => viewer.locator('.viewer aside').textContent(), { timeout: 120_000 }).toMatch(/正在(载入识别模型|识别第 \d \/ 3 张图片)/);
    await viewer.locator('.verdict').waitFor({ timeout: 240_000 });
    // the pictures came from the page's site, the model from the extension's own files
    const pictures = ext.requests.slice(servedBefore).filter((r) => r.path.startsWith('/image-tables/table-'));
    expect(pictures.map((r) => r.path).sort()).toEqual(['/image-tables/table-1.png', '/image-tables/table-2.png', '/image-tables/table-3.png']);
    expect(pictures.every((r) => r.dest !== 'image')).toBe(true);
    expect(ocrFiles()).toBeGreaterThan(0);
    expect(await viewer.locator('.pdf-page[data-page] canvas').count()).toBe(3);

    // every cell of 三 and 四 against the hand-read ones (tests/fixtures/corpus/expected.json), from the JSON copy
    await viewer.evaluate(() => {
      const w = window as unknown as { copied: string[] };
      w.copied = [];
      navigator.clipboard.writeText = async (text: string) => void w.copied.push(text);
      navigator.clipboard.write = async () => undefined;
    });
    await viewer.getByRole('tab', { name: '表格' }).click();
    expect(await viewer.locator('h2#t-requests').textContent()).toContain('扫描件识别（OCR）');
    await viewer.getByRole('button', { name: 'JSON' }).first().click();
    const json = JSON.parse(await viewer.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1)!)) as Canonical;
    expect(json.title).toBe('平潭综合实验区行政审批局2024年政府信息公开工作年度报告');
    const wrong: string[] = [];
    const unread: string[] = [];
    const unproven: string[] = [];
    const cells = expectedCells(EXPECTED['html/pingtan-hzs-2024.html']!);
    for (const [p, want] of cells) {
      const [t, ...rest] = p.split('.');
      const col = rest.pop()!;
      const cell = json.tables[t!]?.[rest.join('.')]?.[col];
      if (!cell || cell.ocr?.status === 'unread') unread.push(p);
      else if (cell.value !== want) wrong.push(`${p}: read ${cell.value}, printed ${want}`);
      else if (cell.ocr?.status !== 'proven' && cell.ocr?.status !== 'corrected') unproven.push(p);
    }
    expect(wrong).toEqual([]);
    expect(unread).toEqual([]);
    // read and shown, but not proven: only the figures of the sum the report prints wrong (行政复议 总计 0, 维持 1)
    expect(unproven.every((p) => p.startsWith('review.reconsideration.'))).toBe(true);
    expect(cells.length).toBe(190);

    // the findings: 表四's 行政复议 总计 printed 0 against 维持 1, shown with its cells' pictures
    await viewer.getByRole('tab', { name: /核查发现/ }).click();
    const findings = await viewer.locator('button.finding').allTextContents();
    expect(findings.some((f) => f.includes('表格由网页图片识别（OCR）'))).toBe(true);
    const total = viewer.locator('button.finding', { hasText: '行政复议·总计' }).first();
    expect(await total.locator('.ocr-cell img').count()).toBeGreaterThanOrEqual(2);
    expect(await total.locator('.ocr-read').first().textContent()).toMatch(/^识别为/);
    await total.click();
    await expect
      .poll(() => viewer.evaluate(() => document.querySelector('xxgk-audit-overlay')?.shadowRoot?.querySelectorAll('.box.stated').length ?? 0))
      .toBe(1);
    expect(await viewer.locator('.outcome').textContent()).toMatch(/^已在第 3 张图片上标出 \d+ 个单元格$/);
    // the outlined 总计 sits on the third picture, in its right half's left part (行政复议's fifth column)
    const where = await viewer.evaluate(() => {
      const box = document.querySelector('xxgk-audit-overlay')!.shadowRoot!.querySelector('.box.stated')!.getBoundingClientRect();
      const frame = document.querySelector('.pdf-page[data-page="3"]')!.getBoundingClientRect();
      // the outline's stroke stands a few pixels outside its cell, and this cell is the picture's last row
      const inside = box.width > 0 && box.top >= frame.top && box.bottom <= frame.bottom + 4;
      return { inside, x: (box.left + box.width / 2 - frame.left) / frame.width };
    });
    expect(where.inside).toBe(true);
    // 总计 of 行政复议 is the fifth of fifteen columns: its middle at about 0.30 of the picture's width
    expect(where.x).toBeGreaterThan(0.25);
    expect(where.x).toBeLessThan(0.36);
    await viewer.screenshot({ path: path.join(ARTIFACTS, 'viewer-image-tables.png') });
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await viewer.close();
    await popup.close();
    await page.close();
  }, 420_000);
});
