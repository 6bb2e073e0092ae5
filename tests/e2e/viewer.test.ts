import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useExtension, waitForBadge } from './harness';

/**
 * The attachment viewer in Chromium: the real PDFs (tests/fixtures/pdf) and a .docx made from seed 002,
 * fetched from a *.gov.cn host (granted at install), read with pdf.js in its worker, checked, and a
 * finding outlined on the rendered page.
 */
let extra: string;

/** A valid one-page PDF with no text at all: what a scanned report looks like to a text reader. */
function blankPdf(): string {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${out}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

const ext = useExtension(() => {
  extra = mkdtempSync(path.join(os.tmpdir(), 'xxgk-viewer-'));
  writeFileSync(path.join(extra, 'scanned.pdf'), blankPdf());
  writeFileSync(path.join(extra, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  return [path.join(ROOT, 'tests/fixtures/pdf'), path.join(ROOT, 'tests/fixtures/docx'), path.join(ROOT, 'tests/fixtures/pages'), extra];
});

async function openViewer(file: string) {
  const page = await ext.session.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  const url = `http://www.huaian.gov.cn:${ext.port}/${file}`;
  await page.goto(`chrome-extension://${ext.session.extensionId}/viewer.html?url=${encodeURIComponent(url)}`);
  return page;
}

const boxes = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const root = document.querySelector('xxgk-audit-overlay')?.shadowRoot;
    return {
      stated: root?.querySelectorAll('.box.stated').length ?? 0,
      addends: root?.querySelectorAll('.box.addend').length ?? 0,
      tip: root?.querySelector('.tip')?.textContent ?? '',
    };
  });

describe('the attachment viewer', () => {
  it('should read a real PDF, list its errors, and outline a finding on the rendered page', async () => {
    const page = await openViewer('002.pdf');
    await expect.poll(() => page.locator('.verdict').textContent(), { timeout: 120_000 }).toBe('✖ 有错误：2 个错误；1 个警告、0 条提示');
    expect(await page.locator('h1:not(.viewer-title)').textContent()).toBe('洪泽区人民政府');
    expect(await page.locator('.pdf-page').count()).toBe(5);
    // each finding names the page its cells are on
    expect(await page.locator('button.finding .where').allTextContents()).toEqual(['第 4 页', '第 4 页']);
    expect(await page.locator('.hash').textContent()).toContain('94a211353fb046b7c869cbb236078deb4d1f7085bd0c2b0dbf85051ec831698c');
    await page.locator('button.finding', { hasText: '行政复议·总计：10+1+0+0 = 11，报告为 0' }).click();
    await expect.poll(() => boxes(page)).toEqual({ stated: 1, addends: 4, tip: expect.stringContaining('10+1+0+0 = 11') });
    expect(await page.locator('.outcome').textContent()).toBe('已在第 4 页标出 5 个单元格');
    // pages are drawn as they come near the screen; the outlined one is
    await page.locator('.pdf-page[data-page="4"][data-drawn="true"] canvas').waitFor();
    // the stated box sits over the printed 总计 of 行政复议 on page 4
    const inside = await page.evaluate(() => {
      const box = document.querySelector('xxgk-audit-overlay')!.shadowRoot!.querySelector('.box.stated')!.getBoundingClientRect();
      const frame = document.querySelector('.pdf-page[data-page="4"]')!.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= frame.right;
    });
    expect(inside).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-pdf-002-outlined.png') });

    // the evidence file of an attachment: the file's own SHA-256, the decision, a cut of the outlined page
    const item = page.locator('li', { has: page.locator('button.finding', { hasText: '行政复议·总计' }) });
    await item.getByRole('button', { name: '确认' }).click();
    await item.getByRole('textbox').fill('原件第4页总计栏填0');
    await item.getByRole('textbox').press('Enter');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '保存证据' }).click();
    const file = path.join(ARTIFACTS, 'evidence-pdf-002.html');
    await (await download).saveAs(file);
    const evidence = parseHTML(readFileSync(file, 'utf8')).document;
    expect(evidence.querySelector('#sha256')?.textContent).toBe('94a211353fb046b7c869cbb236078deb4d1f7085bd0c2b0dbf85051ec831698c');
    expect(evidence.querySelector('dl')?.textContent).toContain('SHA-256（附件文件）');
    expect(evidence.querySelector('#findings tbody tr')?.lastElementChild?.textContent).toBe('已确认：原件第4页总计栏填0');
    expect(evidence.querySelector('figcaption')?.textContent).toMatch(/^第 4 页 · 表四行政复议·总计：10\+1\+0\+0 = 11/);
    const img = evidence.querySelector('figure img')!.getAttribute('src')!;
    expect(img).toMatch(/^data:image\/png;base64,/);
    writeFileSync(path.join(ARTIFACTS, 'evidence-pdf-002-snapshot.png'), Buffer.from(img.split(',')[1]!, 'base64'));
  });

  it('should read a .docx made from seed 002 with the same findings as the seed page', async () => {
    const page = await openViewer('seed-002.docx');
    await expect.poll(() => page.locator('.verdict').textContent(), { timeout: 120_000 }).toBe('✖ 有错误：5 个错误；3 个警告、4 条提示');
    await page.locator('button.finding', { hasText: '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2' }).click();
    await expect.poll(() => boxes(page)).toEqual({ stated: 1, addends: 21, tip: expect.stringContaining('= 8') });
    await page.screenshot({ path: path.join(ARTIFACTS, 'viewer-docx-002-outlined.png') });
  });

  it('should say plainly that a scanned PDF or a .doc cannot be read, and link the original', async () => {
    const scanned = await openViewer('scanned.pdf');
    await expect.poll(() => scanned.locator('[role=alert]').textContent(), { timeout: 120_000 }).toContain('扫描版（图片）PDF');
    expect(await scanned.locator('a', { hasText: '打开原文' }).getAttribute('href')).toMatch(/scanned\.pdf$/);
    const doc = await openViewer('old.doc');
    await expect.poll(() => doc.locator('[role=alert]').textContent()).toContain('旧版 Word 文档（.doc');
  });

  it('should take the user from a report page that links its PDF to the viewer (检查附件)', async () => {
    const page = await ext.session.context.newPage();
    await page.goto(`http://www.hongze.gov.cn:${ext.port}/attachment-only.html`);
    // a report by its title, but no table on the page: "?" until the attachment is read
    const { tabId } = await waitForBadge(ext.session.worker, page, '?');
    const popup = await ext.session.context.newPage();
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`);
    const list = popup.locator('section.attachments li');
    await expect.poll(() => list.count()).toBe(2);
    expect(await list.first().locator('a').textContent()).toBe('洪泽区人民政府2023年政府信息公开工作年度报告.pdf');
    expect(await popup.locator('.verdict').textContent()).toMatch(/^\? 未能读取：未作核对/);
    expect(await popup.locator('.notice').textContent()).toContain('全文在附件中');
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-attachment-links.png'), fullPage: true });
    const [viewer] = await Promise.all([ext.session.context.waitForEvent('page'), list.first().getByRole('button', { name: '检查附件' }).click()]);
    expect(decodeURIComponent(viewer.url())).toMatch(/\/viewer\.html\?url=http:\/\/www\.hongze\.gov\.cn:\d+\/002\.pdf$/);
    await expect.poll(() => viewer.locator('.verdict').textContent(), { timeout: 120_000 }).toBe('✖ 有错误：2 个错误；1 个警告、0 条提示');
  });
});
