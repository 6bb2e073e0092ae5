import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, useExtension } from './harness';

/**
 * The privacy policy page in Chromium: reached from the settings page, in the interface language, with
 * no serious accessibility fault, and its "delete all decisions" deleting the decisions in the
 * extension's storage while the settings stay.
 */
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

async function seriousAxe(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('the privacy policy page (zh)', () => {
  const ext = useExtension([]);

  it('should open from the settings page and delete every decision, keeping the settings', async () => {
    const { context, extensionId, worker } = ext.session;
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        'review:abc:https://www.bjmy.gov.cn/a.html': { 't3-outcome-total#3': { status: 'dismissed', note: '笔误', at: '2026-12-01T00:00:00.000Z' } },
        'review:def:https://www.bjmy.gov.cn/b.html': { 't4-group-total#0': { status: 'confirmed', note: '', at: '2026-12-01T00:00:00.000Z' } },
        userHosts: ['www.example.org'],
      }),
    );
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const [privacy] = await Promise.all([context.waitForEvent('page'), options.getByRole('link', { name: /隐私政策/ }).click()]);
    await privacy.waitForLoadState();
    expect(new URL(privacy.url()).pathname).toBe('/privacy.html');
    await privacy.setViewportSize({ width: 800, height: 1000 });
    expect(await privacy.locator('h1').textContent()).toBe('年报核查 xxgk-audit 隐私政策');
    expect(await privacy.locator('h2').allTextContents()).toEqual(['读取什么', '什么也不离开您的电脑', '保存什么', '如何删除', '联系']);
    await expect.poll(() => privacy.getByText('目前保存了 2 份报告的审核决定。').count()).toBe(1);
    expect(await seriousAxe(privacy)).toEqual([]);
    await privacy.screenshot({ path: path.join(ARTIFACTS, 'privacy-zh.png'), fullPage: true });

    privacy.once('dialog', (d) => void d.accept());
    await privacy.getByRole('button', { name: '删除全部审核决定' }).click();
    await expect.poll(() => privacy.getByRole('status').textContent()).toBe('已删除 2 份报告的审核决定。');
    const left = await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null),
    );
    expect(left).toEqual({ userHosts: ['www.example.org'] });
  });
});

describe('the privacy policy page (en)', () => {
  const ext = useExtension([], 'en-US');

  it('should be in English when the browser is', async () => {
    const page = await ext.session.context.newPage();
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`chrome-extension://${ext.session.extensionId}/privacy.html`);
    expect(await page.locator('h1').textContent()).toBe('xxgk-audit privacy policy');
    expect(await page.title()).toBe('xxgk-audit · Privacy policy');
    expect(await page.locator('h2').allTextContents()).toEqual([
      'What it reads',
      'Nothing leaves your computer',
      'What it stores',
      'How to delete it',
      'Contact',
    ]);
    expect(await page.getByRole('button', { name: 'Delete all decisions' }).isDisabled()).toBe(true);
    expect(await seriousAxe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'privacy-en.png'), fullPage: true });
  });
});
