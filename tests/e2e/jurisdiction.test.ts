import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCounty } from '../helpers/generate-county';
import { REAL_BATCH_FILES } from '../helpers/real-batch';
import { axeViolations } from './axe-violations';
import { ARTIFACTS, ROOT, useExtension } from './harness';

/**
 * A jurisdiction at once, in Chromium with the built extension: the generated county's 40 reports of 2024
 * and every real report of the fixtures checked as one batch from pasted links, the 对标 view of the
 * batch page, then the history page's two years of one real agency side by side. Screenshots go to
 * e2e-artifacts/ (jurisdiction-*.png); axe-core finds no serious violation on either page.
 */
const COUNTY_DIR = mkdtempSync(path.join(tmpdir(), 'xxgk-county-'));
function writeCounty(): string[] {
  mkdirSync(path.join(COUNTY_DIR, 'county'), { recursive: true });
  for (const r of generateCounty().filter((x) => x.year === 2024)) writeFileSync(path.join(COUNTY_DIR, 'county', `${r.agency}-${r.year}.html`), r.html);
  return [COUNTY_DIR, path.join(ROOT, 'tests/fixtures')];
}

const ext = useExtension(writeCounty);
const HOST = 'www.qingshan.gov.cn';

describe('a jurisdiction at once: the batch page’s 对标 and the history page’s two years', { timeout: 240_000 }, () => {
  it('should benchmark the batch within year and cohort, with fractions, percentiles and the strip chart', async () => {
    const county = generateCounty().filter((x) => x.year === 2024);
    const links = [
      ...county.map((r) => `http://${HOST}:${ext.port}/county/${encodeURIComponent(`${r.agency}-${r.year}`)}.html`),
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
    // 2024: the county's 25 departments with the four real ones, four governments (the county's, 淮安市, 淮安市洪泽区,
    // 平潭综合实验区), 14 townships
    const sizes = await view
      .locator('table.bench')
      .evaluateAll((ts) => ts.map((t) => [(t as HTMLElement).dataset.cohort, t.querySelectorAll('tbody tr:not(.stat)').length]));
    expect(sizes).toEqual([
      ['department', 29],
      ['government', 4],
      ['township', 14],
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
    // the X-4 roll-up ran on the county government's row: with its 39 members all present, no cell differs
    const gov = batch.locator('table.grid tbody tr', { has: batch.locator('td.agency', { hasText: /^青山县人民政府$/ }) });
    expect(await gov.getAttribute('data-verdict')).toBe('ok');
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
