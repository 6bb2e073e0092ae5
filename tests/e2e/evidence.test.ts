import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../lib/pipeline';
import { reportHash } from '../../lib/text/content-hash';
import { ARTIFACTS, ROOT, useExtension, waitForBadge } from './harness';

/**
 * Reviewing findings (confirm / dismiss with a note, restored on the next visit) and the evidence file
 * saved from the popup: URL, time, SHA-256, findings with the decisions, a screenshot, the tables.
 */
const PAGES = path.join(ROOT, 'tests/fixtures/pages');

const ext = useExtension([PAGES]);

const TOTAL = '表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2';

describe('reviews and evidence', () => {
  it('should keep a confirmed and a dismissed finding with their notes, and save an evidence file with them', async () => {
    const page = await ext.session.context.newPage();
    const url = `http://www.bjmy.gov.cn:${ext.port}/trs-002.html`;
    await page.goto(url);
    const { tabId } = await waitForBadge(ext.session.worker, page, '5');
    const popupUrl = `chrome-extension://${ext.session.extensionId}/popup.html?tab=${tabId}`;
    const popup = await ext.session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(popupUrl);

    const item = (text: string) => popup.locator('li', { has: popup.locator('button.finding', { hasText: text }) });
    // the rule id is no longer printed on the finding's button (its summary is): find that one by its data-rule
    const byRule = (rule: string) => popup.locator('li', { has: popup.locator(`button.finding[data-rule="${rule}"]`) });
    await item(TOTAL).getByRole('button', { name: '确认' }).click();
    await item(TOTAL).getByRole('textbox').fill('已与原件核对，总计多报 2');
    await item(TOTAL).getByRole('textbox').press('Enter');
    const spacing = byRule('number-spacing').first();
    await spacing.getByRole('button', { name: '驳回' }).click();

    // a new popup on the same page version restores both decisions (once they are written)
    const stored = () =>
      popup.evaluate(async () =>
        JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)),
      );
    await expect.poll(stored).toMatch(/已与原件核对，总计多报 2[\s\S]*dismissed|dismissed[\s\S]*已与原件核对，总计多报 2/);
    await popup.reload();
    await expect.poll(() => item(TOTAL).locator('.review-state').textContent()).toBe('已确认');
    expect(await item(TOTAL).getByRole('textbox').inputValue()).toBe('已与原件核对，总计多报 2');
    expect(await byRule('number-spacing').first().locator('.review-state').textContent()).toBe('已驳回');
    // the popup's verdict follows the findings left and says how many were dismissed
    expect(await popup.locator('.verdict').textContent()).toBe('✖ 有错误：5 个错误；3 个警告、3 条提示；1 个已驳回');

    await item(TOTAL).locator('button.finding').click();
    await page.bringToFront();
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: '保存证据' }).click();
    const file = path.join(ARTIFACTS, 'evidence-trs-002.html');
    await (await download).saveAs(file);
    const html = readFileSync(file, 'utf8');
    const { document } = parseHTML(html);

    // the hash the extension wrote is the one node computes for the same page
    const expected = checkHtml(parseHTML(readFileSync(path.join(PAGES, 'trs-002.html'), 'utf8')).document, url);
    expect(document.querySelector('#sha256')?.textContent).toBe(reportHash(expected.report, expected.extraction.lines));
    expect(html).toContain(url);
    expect(document.querySelector('#verdict')?.textContent).toBe('有错误：5 个错误；3 个警告、3 条提示；1 个已驳回');
    const rows = Array.from(document.querySelectorAll('#findings tbody tr'));
    expect(rows).toHaveLength(12);
    const totalRow = rows.find((r) => r.textContent?.includes(TOTAL))!;
    expect(totalRow.lastElementChild?.textContent).toBe('已确认：已与原件核对，总计多报 2');
    expect(rows.filter((r) => r.lastElementChild?.textContent === '已驳回')).toHaveLength(1);
    const json = JSON.parse(document.querySelector('#report-json')!.textContent!);
    expect(json.tables.requests.totalProcessed.natural.value).toBe(10);
    expect(json.findings.filter((f: { review?: unknown }) => f.review)).toHaveLength(2);
    const img = document.querySelector('figure img');
    expect(img?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // a popup opened from a URL may not capture the tab: the page drawing stands in, and no browser error text is shown (issue 9)
    expect(document.querySelector('figcaption')?.textContent).toMatch(/（按页面排版绘制）$/);
    expect(document.body.textContent).not.toMatch(/permission|未能截图/);
    // retrieval time in local time with its offset, never UTC's Z
    expect(document.querySelector('dl')?.textContent).toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/);
    expect([...document.querySelectorAll('#findings thead th')].map((th) => th.textContent)).toEqual(['级别', '规则', '问题', '涉及单元格', '审核意见']);
    expect(document.querySelector('#findings tbody')?.textContent).not.toMatch(/requests\.|review\./);
    expect(document.querySelectorAll('h3')).toHaveLength(3);
    // what an auditor sees when opening the file
    const view = await ext.session.context.newPage();
    await view.goto(`file://${file}`);
    await view.screenshot({ path: path.join(ARTIFACTS, 'evidence-trs-002.png'), fullPage: true });
  });
});
