/**
 * npm start: builds the extension, serves the bundled sample report (assets/samples) on 127.0.0.1 as a
 * *.gov.cn page, and opens Debian Chromium with the extension loaded on it. With a display it stays open
 * for you to use; without one it runs headless, saves screenshots of the popup and of the outlined page
 * in demo-output/, and prints the findings.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PublicReport } from '#lib/model';
import { renderFinding } from '#lib/report';
import { badgeOf, launch, ROOT, serve, waitForBadge } from './chromium';
import { ensureChromium } from './ensure-chromium';

const OUT = path.join(ROOT, 'demo-output');
const SAMPLE = 'beijing-2023-miyun-commerce.html';
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;

ensureChromium();
console.log('building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', cwd: ROOT });
mkdirSync(OUT, { recursive: true });
const server = await serve([path.join(ROOT, 'assets/samples')]);
const session = await launch('zh-CN', !headed);
try {
  const url = `http://www.bjmy.gov.cn:${server.port}/${SAMPLE}`;
  const page = await session.context.newPage();
  await page.goto(url);
  const badge = await waitForBadge(session.worker, page, '5').catch(() => badgeOf(session.worker, page));
  console.log(`\nsample report: ${url}\ntoolbar badge: "${badge.text}" (${badge.title})`);

  const reply = (await session.worker.evaluate(
    ([id]) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, {
        type: 'get-report',
      }),
    [badge.tabId] as const,
  )) as {
    status: string;
    report?: PublicReport;
  };
  if (reply.status !== 'ok' || !reply.report) throw new Error(`the content script answered ${JSON.stringify(reply)}`);
  console.log(`\n${reply.report.title}`);
  const tag = { error: '[错误]', warning: '[警告]', info: '[提示]' } as Record<string, string>;
  for (const f of reply.report.findings) console.log(`${tag[f.severity] ?? f.severity} ${f.rule}  ${renderFinding(f)}`);

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 760 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${badge.tabId}`);
  await popup.waitForLoadState('networkidle');
  await popup.waitForTimeout(500);
  const finding = popup.getByText('2+0+0+0+0+0+3', { exact: false }).first();
  if (await finding.count()) await finding.click();
  else
    await session.worker.evaluate(
      ([id, i]) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, {
          type: 'highlight',
          index: i,
        }),
      [badge.tabId, reply.report.findings.findIndex((f) => f.rule === 't3-outcome-total')] as const,
    );
  await popup.screenshot({ path: path.join(OUT, 'popup.png'), fullPage: true });
  await page.bringToFront();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, 'page-outlined.png') });
  console.log(`\nscreenshots: ${path.join(OUT, 'popup.png')}, ${path.join(OUT, 'page-outlined.png')}`);
  if (headed) {
    console.log('\nChromium is open with the extension loaded; close its window to finish.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
} finally {
  await session.close().catch(() => undefined);
  await server.close();
}
