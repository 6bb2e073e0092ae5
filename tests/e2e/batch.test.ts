import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../cli/read-input';
import { checkInput } from '../../cli/check-input';
import { failedRow, rowFromResult, type BatchRow } from '../../lib/batch/batch-row';
import { sha256Hex } from '../../lib/text/content-hash';
import { checkFetched } from '../../lib/batch/check-fetched';
import { listLinks } from '../../lib/batch/list-links';
import { axeViolations } from './axe-violations';
import { ARTIFACTS, ROOT, badgeOf, useExtension } from './harness';

const DIRS = ['batch', 'pages', 'pdf', 'docx'].map((d) => path.join(ROOT, 'tests/fixtures', d));
const HOST = 'www.bjtzh.gov.cn';
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const listUrl = () => `http://${HOST}:${ext.port}/zfxxgknb/index.html`;

/** What lib/ gives in node for the same files the browser fetches (linkedom instead of DOMParser). */
async function expectedRows(): Promise<BatchRow[]> {
  const links = listLinks(parseHtml(readFileSync(path.join(DIRS[0]!, 'zfxxgknb/index.html'), 'utf8')), listUrl());
  return Promise.all(
    links.map(async (l) => {
      const item = { url: l.url, linkText: l.text };
      const file = DIRS.map((d) => path.join(d, decodeURIComponent(new URL(l.url).pathname))).find(existsSync);
      if (!file) return failedRow(item, { reason: 'http-error', status: 404 });
      // the real attachments through the CLI's own pdf.js and mammoth readers
      if (/\.(pdf|docx)$/.test(file) && !file.includes('nb2023')) {
        const input = await fromBytes(l.url, readFileSync(file), null);
        if (!input.ok) throw new Error(`${file} unreadable in node`);
        return rowFromResult(item, checkInput(input).result, sha256Hex(readFileSync(file)));
      }
      return checkFetched(item, { bytes: readFileSync(file), contentType: file.endsWith('.html') ? 'text/html' : 'text/plain' }, { parseHtml });
    }),
  );
}

async function openBatch(): Promise<{ list: Page; batch: Page }> {
  const list = await ext.session.context.newPage();
  await list.goto(listUrl());
  const { tabId } = await badgeOf(ext.session.worker, list);
  const batch = await ext.session.context.newPage();
  await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html?tab=${tabId}`);
  await expect.poll(() => batch.locator('ol.link-list input[type=checkbox]').count()).toBe(24);
  return { list, batch };
}

const gridRows = (batch: Page) =>
  batch.locator('table.grid tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '');
      return {
        status: (tr as HTMLElement).dataset.status,
        verdict: (tr as HTMLElement).dataset.verdict,
        agency: cells[1],
        year: cells[2],
        errors: cells[4],
        url: tr.querySelector('a')?.getAttribute('href'),
        message: cells[8],
      };
    }),
  );

/** The local day and minute the file name must carry (UTC names the previous day before 08:00 in Beijing). */
const NAME_STAMP = /-\d{8}-\d{4}\.(csv|xlsx|json)$/;
const names: string[] = [];
async function download(batch: Page, label: string): Promise<Buffer> {
  const [file] = await Promise.all([batch.waitForEvent('download'), batch.getByRole('button', { name: label }).click()]);
  names.push(file.suggestedFilename());
  return readFileSync((await file.path())!);
}

const ext = useExtension(DIRS);

describe('the batch page, opened on a 年报 list page', () => {
  it('should check the 24 linked reports and show what lib/pipeline.ts gives for the same files', async () => {
    // an auditor's decision made earlier in the popup, on the same page version, travels into the exports
    const report = await ext.session.context.newPage();
    await report.goto(`http://${HOST}:${ext.port}/trs-002.html`);
    const { tabId: reportTab } = await badgeOf(ext.session.worker, report);
    const popup = await ext.session.context.newPage();
    await popup.goto(`chrome-extension://${ext.session.extensionId}/popup.html?tab=${reportTab}`);
    const total = popup.locator('li', { has: popup.locator('button.finding', { hasText: '表三（七）总计·自然人：2+0' }) });
    await total.getByRole('button', { name: '确认' }).click();
    await total.getByRole('textbox').fill('多报 2 件');
    await total.getByRole('textbox').press('Enter');
    await expect.poll(() => total.locator('.review-state').textContent()).toBe('已确认');
    // closed only once the note is written
    await expect
      .poll(() =>
        popup.evaluate(async () =>
          JSON.stringify(await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null)),
        ),
      )
      .toContain('多报 2 件');
    await popup.close();

    const { batch } = await openBatch();
    expect(await batch.locator('.notice').textContent()).toBe('从栏目页“政府信息公开年报_北京市通州区人民政府”找到 24 个年报链接。');
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-links.png'), fullPage: true });
    await batch.getByLabel('同时核查').selectOption('3');
    await batch.getByRole('button', { name: '开始核查' }).click();
    await expect.poll(() => batch.getByTestId('progress').textContent(), { timeout: 120_000, interval: 500 }).toMatch(/^已完成 24 \/ 24 · 核查结束/);
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-grid.png'), fullPage: true });
    // the results, as a person reads them: axe-core finds no serious or critical violation, the grid in at
    // least 13 px (layout.test.ts checks the page with its links; the run is made once, here)
    expect(await axeViolations(batch)).toEqual([]);
    expect(
      await batch
        .locator('table.grid td')
        .first()
        .evaluate((td) => Number.parseFloat(getComputedStyle(td).fontSize)),
    ).toBeGreaterThanOrEqual(13);

    const expected = await expectedRows();
    const seen = await gridRows(batch);
    expect(seen).toHaveLength(24);
    expect(seen.map((r) => r.url)).toEqual(expected.map((r) => r.url));
    expect(seen.map((r) => [r.status, r.verdict, r.errors])).toEqual(
      expected.map((r) => [r.status, r.verdict ?? '', r.status === 'done' ? String(r.counts.error) : '']),
    );
    expect(seen.map((r) => r.agency)).toEqual(expected.map((r) => r.agency ?? r.linkText));
    // the spread the fixtures were made for: errors, clean reports, a half table, a non-report, GBK, a PDF, a 404
    expect(seen.find((r) => r.url!.endsWith('/gbk-002.html'))).toMatchObject({ verdict: 'error', errors: '5', agency: '北京市密云区商务局' });
    expect(seen.find((r) => r.url!.endsWith('/not-report.html'))!.verdict).toBe('not-a-report');
    expect(seen.find((r) => r.url!.endsWith('nb2023.pdf'))!.verdict).toBe('unreadable');
    // attachments are read in the batch too: the real PDF's two 表四 totals, the Word copy of seed 000
    expect(seen.find((r) => r.url!.endsWith('/002.pdf'))).toMatchObject({ verdict: 'error', errors: '2', agency: '洪泽区人民政府' });
    expect(seen.find((r) => r.url!.endsWith('/seed-000.docx'))).toMatchObject({ verdict: 'ok', agency: '北京市通州区国资委' });
    const pdfRow = batch.locator('table.grid tbody tr', { has: batch.locator('a[href$="/002.pdf"]') });
    expect(await pdfRow.getByRole('link', { name: '查看标注' }).getAttribute('href')).toMatch(/^viewer\.html\?url=http%3A%2F%2F.*002\.pdf$/);
    expect(seen.find((r) => r.url!.endsWith('_404.html'))).toMatchObject({ status: 'failed', message: '无法下载（服务器返回 HTTP 404 Not Found）' });
    expect(new Set(seen.map((r) => r.verdict))).toEqual(
      new Set(['error', 'ok', 'warning', 'partial', 'not-a-report', 'unreadable', ''].filter((v) => seen.some((r) => r.verdict === v))),
    );

    // exports: the grid CSV, and the workbook with its sheets, merges and one findings row per finding
    const csv = (await download(batch, '汇总 CSV')).toString('utf8');
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(csv.startsWith('\ufeff机关,年度,结论')).toBe(true);
    expect(lines).toHaveLength(25);
    expect(lines[1]).toBe(`北京市密云区商务局,2023,有错误,5,3,${expected[0]!.counts.info},0,0,${expected[0]!.url},`);
    const findingsCsv = (await download(batch, '问题清单 CSV')).toString('utf8');
    const findingCount = expected.reduce((n, r) => n + (r.report?.detected ? r.report.findings.length : 0), 0);
    const findingLines = findingsCsv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(findingLines).toHaveLength(1 + findingCount);
    expect(findingLines[0]).toMatch(/,复核状态,复核备注$/);
    const reviewed = findingLines.filter((l) => l.endsWith(',已确认,多报 2 件'));
    expect(reviewed).toHaveLength(1);
    expect(reviewed[0]).toContain('/trs-002.html,t3-outcome-total,错误,表三（七）总计·自然人');

    const files = unzipSync(new Uint8Array(await download(batch, 'Excel（XLSX）')));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    // the list links a 2019-format report: its 表二 has a sheet of its own; the finding confirmed in the popup
    // makes the 整改 list; then the 对标 sheets and its charts as PNG
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '汇总',
      '问题清单',
      '表三',
      '表二',
      '表二（2019版）',
      '表四',
      '整改清单',
      '对标',
      '对标分位',
      '对标图',
    ]);
    // one line under its header: the confirmed finding, its agency responsible and pending until set on the history page
    const fixes = strFromU8(files['xl/worksheets/sheet7.xml']!);
    expect(fixes.match(/<row /g)).toHaveLength(2);
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('<t>待整改</t>');
    const charts = Object.keys(files).filter((f) => /^xl\/media\/.*\.png$/.test(f));
    expect(charts).toHaveLength(12);
    writeFileSync(path.join(ARTIFACTS, 'batch-xlsx-chart.png'), files[charts[0]!]!);
    const t3 = strFromU8(files['xl/worksheets/sheet3.xml']!);
    expect(t3).toContain('<mergeCell ref="E1:K1"/>');
    expect(t3.match(/<mergeCell /g)).toHaveLength(4 + 26);
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!).match(/<row /g)).toHaveLength(1 + findingCount);
    // the link cells carry a cached value, so readers that do not recalculate show the URL
    const grid = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(grid).toContain(`<v>${expected[0]!.url}</v>`);
    expect(grid.match(/<f>HYPERLINK/g)?.length).toBe(grid.match(/<f>HYPERLINK\([^<]*<\/f><v>/g)?.length);
    // no model key where people read the cells
    expect(findingsCsv).not.toMatch(/\brequests\.[a-zA-Z]+/);

    // every report checked is in the local history (IndexedDB of the extension origin)
    const stored = await batch.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('xxgk-audit');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('reports').objectStore('reports').getAll();
            req.onsuccess = () => resolve((req.result as { url: string }[]).map((r) => r.url));
          };
        }),
    );
    expect(new Set(stored)).toEqual(new Set(expected.filter((r) => r.report?.detected).map((r) => r.url)));

    const json = JSON.parse((await download(batch, 'JSON')).toString('utf8'));
    expect(json.reports).toHaveLength(24);
    expect(json.reports[0].report.tables.requests.totalProcessed.natural.value).toBe(10);
    expect(json.exportedAt).toMatch(/T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(names.slice(0, 4).map((n) => n.replace(NAME_STAMP, '.$1'))).toEqual([
      '年报批量核查-汇总.csv',
      '年报批量核查-问题清单.csv',
      '年报批量核查.xlsx',
      '年报批量核查.json',
    ]);
    expect(names.every((n) => NAME_STAMP.test(n))).toBe(true);
  });

  it('should pause (no new start), resume, and cancel the rest', async () => {
    const { batch } = await openBatch();
    await batch.getByRole('button', { name: '开始核查' }).click();
    await expect.poll(() => batch.locator('tr[data-status=done]').count(), { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
    await batch.getByRole('button', { name: '暂停' }).click();
    await expect.poll(() => batch.locator('tr[data-status=running]').count()).toBe(0);
    const held = await batch.locator('tr[data-status=done], tr[data-status=failed]').count();
    await batch.waitForTimeout(2500);
    expect(await batch.locator('tr[data-status=done], tr[data-status=failed]').count()).toBe(held);
    expect(await batch.getByTestId('progress').textContent()).toContain('已暂停');
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-paused.png'), fullPage: true });

    await batch.getByRole('button', { name: '继续' }).click();
    await expect.poll(() => batch.locator('tr[data-status=done], tr[data-status=failed]').count(), { timeout: 120_000 }).toBeGreaterThan(held);
    await batch.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => batch.getByTestId('progress').textContent(), { timeout: 120_000 }).toContain('已取消');
    const statuses = (await gridRows(batch)).map((r) => r.status);
    expect(statuses).toHaveLength(24);
    expect(statuses.filter((s) => s === 'cancelled').length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s === 'pending' || s === 'running')).toEqual([]);
    // what was checked before the cancel stays, in order, and can still be exported
    const firstCancelled = statuses.indexOf('cancelled');
    expect(statuses.slice(0, firstCancelled).every((s) => s === 'done' || s === 'failed')).toBe(true);
    expect(await batch.getByRole('button', { name: '汇总 CSV' }).isEnabled()).toBe(true);
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-cancelled.png'), fullPage: true });
  });

  it('should check pasted links when opened without a tab', async () => {
    const batch = await ext.session.context.newPage();
    await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html`);
    await batch
      .getByLabel('粘贴链接（每行一个，或任意含网址的文字）')
      .fill(`北京市密云区商务局2023年政府信息公开年度报告 http://${HOST}:${ext.port}/word-002.html\nhttp://${HOST}:${ext.port}/word-000.html`);
    await batch.getByRole('button', { name: '加入列表' }).click();
    await batch.getByRole('button', { name: '开始核查' }).click();
    await expect.poll(() => batch.getByTestId('progress').textContent(), { timeout: 120_000 }).toMatch(/^已完成 2 \/ 2/);
    expect((await gridRows(batch)).map((r) => [r.agency, r.verdict, r.errors])).toEqual([
      ['北京市密云区商务局', 'error', '5'],
      ['北京市通州区国资委', 'ok', '0'],
    ]);
  });

  it('should compare each report with last year’s once the batch is over, whatever the order of the list', async () => {
    const batch = await ext.session.context.newPage();
    await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html`);
    // newest first, as list pages print them: 2023 is checked before the 2022 it is compared with
    const list = ['history-tongzhou-gzw-2023.html', 'history-tongzhou-gzw-2022.html'].map((f) => `http://${HOST}:${ext.port}/${f}`).join('\n');
    await batch.getByLabel('粘贴链接（每行一个，或任意含网址的文字）').fill(list);
    await batch.getByRole('button', { name: '加入列表' }).click();
    await batch.getByRole('button', { name: '开始核查' }).click();
    await expect.poll(() => batch.getByTestId('progress').textContent(), { timeout: 120_000 }).toMatch(/^已完成 2 \/ 2/);
    // X-1 in two columns (warnings) and the narrative copied from 2022 (a note) on the 2023 row only
    await expect
      .poll(async () => (await gridRows(batch)).map((r) => [r.year, r.verdict, r.errors]))
      .toEqual([
        ['2023', 'warning', '0'],
        ['2022', 'ok', '0'],
      ]);
    const findings = (await download(batch, '问题清单 CSV')).toString('utf8');
    const carry = findings.split('\r\n').filter((l) => l.includes(',cross-year-carry-over,'));
    expect(carry).toHaveLength(2);
    expect(carry[0]).toContain('上年报告（北京市通州区国资委2022年政府信息公开工作年度报告）四、结转下年度继续办理·自然人 2 ≠ 本年二、上年结转·自然人 0');
    await batch.screenshot({ path: path.join(ARTIFACTS, 'batch-cross-year.png'), fullPage: true });
  });

  it('should read the column’s next list page (下一页) and add its reports to the list', async () => {
    const { batch } = await openBatch();
    await batch.getByRole('button', { name: '读取后续列表页' }).click();
    await expect.poll(() => batch.locator('.notice').textContent(), { timeout: 120_000 }).toBe('已读取 2 个列表页，共 26 个年报链接。');
    expect(await batch.locator('ol.link-list input[type=checkbox]:checked').count()).toBe(26);
    // page 2 is the last: no more to read
    expect(await batch.getByRole('button', { name: '读取后续列表页' }).count()).toBe(0);
    const texts = await batch.locator('ol.link-list li').allTextContents();
    expect(texts.slice(-2).map((t) => t.replace(/\s+/g, ''))).toEqual([
      expect.stringContaining('北京市通州区国资委2022年'),
      expect.stringContaining('北京市通州区国资委2023年政府信息公开工作年度报告（修订）'),
    ]);
  });
});
