import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editCounty } from '../helpers/county-history';
import { COUNTY_GOVERNMENT, COUNTY_MEMBERS, countyPage, generateCounty, sumValues } from '../helpers/generate-county';
import { REAL_BATCH_FILES } from '../helpers/real-batch';
import { axeViolations } from './axe-violations';
import { ARTIFACTS, ROOT, useExtension } from './harness';

/**
 * A jurisdiction at once, in Chromium with the built extension: a part of the generated county's 2024
 * (six departments, five townships and the county government whose 汇总 is their sum, 财政局 then
 * printed with one more 行政复议 维持) and every real report of the fixtures checked as one batch from
 * pasted links, the 对标 view of the batch page, the X-4 roll-up naming the changed cell, the 整改 list
 * in the batch's exports, then the history page's two years of one real agency side by side.
 * Screenshots go to e2e-artifacts/ (jurisdiction-*.png); axe-core finds no serious violation on either
 * page. The whole county of 40 agencies over two years is checked by tests/cli/across-reports.test.ts and
 * the unit tests (tests/unit/benchmark, tests/unit/batch): here, where each report costs the batch's
 * 0.8 s pause, a part of it shows the same on the page.
 */
const PICKED = ['发展和改革局', '教育局', '公安局', '财政局', '商务局', '审计局'].map((d) => `青山县${d}`);
const TOWNSHIPS = COUNTY_MEMBERS.slice(-14, -9);
const CHANGED = '青山县财政局';
function county() {
  const year = generateCounty().filter((x) => x.year === 2024);
  const members = year
    .filter((r) => PICKED.includes(r.agency) || TOWNSHIPS.includes(r.agency))
    .map((r) => {
      if (r.agency !== CHANGED) return r;
      const rec = r.values.review.reconsideration!;
      return editCounty(r, { 'review.reconsideration.upheld': rec.upheld! + 1, 'review.reconsideration.total': rec.total! + 1 });
    });
  const gov = year.find((r) => r.agency === COUNTY_GOVERNMENT)!;
  // the 汇总 as the county printed it: the sum of its members before 财政局's change
  const values = sumValues(year.filter((r) => members.some((m) => m.agency === r.agency)).map((r) => r.values));
  return [...members, { ...gov, values, html: countyPage(gov.agency, gov.year, values, gov.layout) }];
}
const COUNTY = county();
const COUNTY_DIR = mkdtempSync(path.join(tmpdir(), 'xxgk-county-'));
function writeCounty(): string[] {
  mkdirSync(path.join(COUNTY_DIR, 'county'), { recursive: true });
  for (const r of COUNTY) writeFileSync(path.join(COUNTY_DIR, 'county', `${r.agency}-${r.year}.html`), r.html);
  return [COUNTY_DIR, path.join(ROOT, 'tests/fixtures')];
}

async function download(page: Page, label: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
  return readFileSync((await file.path())!);
}

type Storage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

const ext = useExtension(writeCounty);
const HOST = 'www.qingshan.gov.cn';

describe('a jurisdiction at once: the batch page’s 对标 and the history page’s two years', { timeout: 240_000 }, () => {
  it('should benchmark the batch within year and cohort, with fractions, percentiles and the strip chart', async () => {
    const links = [
      ...COUNTY.map((r) => `http://${HOST}:${ext.port}/county/${encodeURIComponent(`${r.agency}-${r.year}`)}.html`),
      ...REAL_BATCH_FILES.map((f) => `http://${HOST}:${ext.port}/${f}`),
    ];
    const batch = await ext.session.context.newPage();
    await batch.setViewportSize({ width: 1280, height: 900 });
    await batch.goto(`chrome-extension://${ext.session.extensionId}/batch.html`);
    await batch.getByLabel('粘贴链接').fill(links.join('\n'));
    await batch.getByRole('button', { name: '加入列表' }).click();
    await batch.getByLabel('同时核查').selectOption('3');
    await batch.getByRole('button', { name: '开始核查' }).click();
    await expect
      .poll(() => batch.getByTestId('progress').textContent(), { timeout: 180_000, interval: 1000 })
      .toMatch(new RegExp(`^已完成 ${links.length} / ${links.length} · 核查结束`));

    await batch.getByRole('button', { name: /对标/ }).click();
    const view = batch.getByTestId('benchmark');
    await view.waitFor();
    // 2024: the county's six departments with the four real ones, four governments (the county's, 淮安市, 淮安市洪泽区,
    // 平潭综合实验区), five townships
    const sizes = await view
      .locator('table.bench')
      .evaluateAll((ts) => ts.map((t) => [(t as HTMLElement).dataset.cohort, t.querySelectorAll('tbody tr:not(.stat)').length]));
    expect(sizes).toEqual([
      ['department', 10],
      ['government', 4],
      ['township', 5],
    ]);
    const cell = (agency: string, rate: string) => view.locator(`tr[data-agency="${agency}"] td[data-rate="${rate}"]`);
    expect(await cell('淮安市人民政府', 'substantive').textContent()).toMatch(/^59\.5%（1816\/3050）第 \d\/4/);
    expect(await cell('淮安市人民政府', 'substantive').getAttribute('title')).toBe('实质公开率 59.5%（1816/3050，分母：办结）');
    // no percentile for four governments (fewer than MIN_COHORT, 5); percentiles for the departments
    expect(await view.locator('table.bench[data-cohort="government"] tr.stat').count()).toBe(0);
    expect(await view.locator('table.bench[data-cohort="department"] tr.stat').count()).toBe(3);
    // no value, never 0%: 平潭公安局 had no reconsideration decided
    expect(await cell('平潭综合实验区公安局', 'reconsiderationCorrection').textContent()).toBe('—');
    expect(await cell('平潭综合实验区公安局', 'reconsiderationCorrection').getAttribute('title')).toBe('复议纠错率 —（分母为 0：复议已审结 0）');
    // the picture: one dot per agency with a value, the department band drawn; clicking an agency marks its dot
    const strip = view.locator('svg.rate-strip');
    const withValue = await view.locator('td[data-rate="substantive"]').evaluateAll((tds) => tds.filter((td) => !td.textContent!.startsWith('—')).length);
    expect(await strip.locator('circle').count()).toBe(withValue);
    expect(await strip.locator('g[data-cohort^="2024 部门"] rect').count()).toBe(1);
    await view.getByRole('button', { name: '青山县财政局' }).click();
    expect(await strip.locator('circle.highlight title').textContent()).toMatch(/^青山县财政局：\d+\.\d%（\d+\/\d+，分母：办结）$/);
    await batch.screenshot({ path: path.join(ARTIFACTS, 'jurisdiction-batch-benchmark.png'), fullPage: true });
    await strip.screenshot({ path: path.join(ARTIFACTS, 'jurisdiction-batch-strip.png') });
    expect(await axeViolations(batch)).toEqual([]);
    // the X-4 roll-up ran on the county government's row: 财政局's changed 维持 and its 总计 named, each with both
    // figures (a note: with no other year in the batch, whether its 11 members are all cannot be told)
    const gov = batch.locator('table.grid tbody tr', { has: batch.locator('td.agency', { hasText: /^青山县人民政府$/ }) });
    expect(await gov.getAttribute('data-verdict')).toBe('ok');
    const json = JSON.parse((await download(batch, 'JSON')).toString('utf8')) as {
      reports: {
        url: string;
        hash: string;
        report: { agency: string; findings: { rule: string; cells: string[]; expected: number; actual: number; message: string }[] } | null;
      }[];
    };
    const govEntry = json.reports.find((r) => r.report?.agency === '青山县人民政府')!;
    const stated = COUNTY.find((r) => r.agency === '青山县人民政府')!.values.review.reconsideration!;
    const sums = govEntry.report!.findings.filter((f) => f.rule === 'roll-up-sum');
    expect(sums.map((f) => [f.cells[0], f.actual, f.expected])).toEqual([
      ['review.reconsideration.upheld', stated.upheld, stated.upheld! + 1],
      ['review.reconsideration.total', stated.total, stated.total! + 1],
    ]);
    expect(sums[0]!.message).toContain('表四行政复议·结果维持（汇总）与11个机关报告之和');

    // the auditor confirms the 维持 finding (as the popup keeps a decision) and names 财政局 responsible, with a
    // deadline (as the history page's 整改 list keeps it): the batch's 整改 CSV, workbook and JSON carry both
    const upheld = sums[0]!;
    const key = `${upheld.rule}|${upheld.cells.join(',')}|${upheld.expected}|${upheld.actual}|`;
    await batch.evaluate(
      ([review, rect, k]) =>
        (globalThis as unknown as Storage).chrome.storage.local.set({
          [review]: { [k]: { status: 'confirmed', note: '财政局多报 1 件', at: '2026-12-06T10:00:00+08:00' } },
          rectifications: {
            [rect]: { unit: '青山县财政局', deadline: '2027-03-31', status: 'inProgress', note: '已通知', updatedAt: '2026-12-06T10:05:00+08:00' },
          },
        }),
      [`review:${govEntry.hash}:${govEntry.url}`, `${govEntry.hash}:${govEntry.url}#${key}`, key] as const,
    );
    const fixes = (await download(batch, '整改清单 CSV'))
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(fixes).toHaveLength(2);
    expect(fixes[1]).toMatch(/^1,青山县财政局,青山县人民政府,2024,"?表四行政复议·结果维持（汇总）/);
    expect(fixes[1]).toContain(`,roll-up-sum,提示,财政局多报 1 件,2027-03-31,整改中,已通知,${govEntry.url}`);
    const book = unzipSync(new Uint8Array(await download(batch, 'Excel（XLSX）')));
    // the grid's sheets, then the 整改 list, then the 对标 with its strip charts drawn as PNG pictures
    expect([...strFromU8(book['xl/workbook.xml']!).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
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
    const pictures = Object.keys(book).filter((f) => f.startsWith('xl/media/'));
    // one strip chart per rate (12), for 2024, the year most agencies reported for
    expect(pictures).toHaveLength(12);
    for (const f of pictures) expect([...book[f]!.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const again = JSON.parse((await download(batch, 'JSON')).toString('utf8')) as {
      rectification: { url: string; rule: string; unit: string; status: string }[];
    };
    expect(again.rectification.map((x) => [x.url, x.rule, x.unit, x.status])).toEqual([[govEntry.url, 'roll-up-sum', '青山县财政局', 'inProgress']]);
  });

  it('should lay two years of one agency’s three tables side by side on the history page, changes marked', async () => {
    const page = await ext.session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`chrome-extension://${ext.session.extensionId}/reports.html`);
    await page.getByRole('button', { name: '平潭综合实验区行政审批局' }).first().click();
    const two = page.getByTestId('two-year');
    await two.waitFor();
    // 2023 (real/pingtan-hzs-2023.txt) against 2024 (the corpus page and text): 一、本年新收 7 → 28
    const total = two.locator('td.after[data-path="requests.newReceived.total"]');
    expect(await total.getAttribute('data-changed')).toBe('true');
    expect(await total.textContent()).toBe('28（有变化）');
    expect(await two.locator('td.before[data-path="requests.newReceived.total"]').textContent()).toBe('7');
    expect(await two.locator('td.after[data-path="requests.carriedOver.total"]').getAttribute('data-changed')).toBeNull();
    // 28 is 4× 7: no anomaly flag; 予以公开 0 → 18 is no ratio (last year 0); （二）部分公开 1 → 6 is 6×, flagged
    const flagged = await two.locator('td.after.flagged').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset.path));
    expect(flagged).toEqual(['requests.partial.total']);
    await page.locator('.year-on-year').screenshot({ path: path.join(ARTIFACTS, 'jurisdiction-history-two-year.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /对标/ }).click();
    await page.getByTestId('benchmark').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'jurisdiction-history-benchmark.png'), fullPage: true });
  });
});
