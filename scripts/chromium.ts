/**
 * Debian Chromium with the built extension, used by the end-to-end tests and by `npm start`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = path.join(ROOT, 'e2e-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/** A request the test server answered, as the browser sent it: who asked is in `dest` and `origin`. */
export interface ServedRequest {
  path: string;
  /** Sec-Fetch-Dest: `image` for an <img>, `empty` for a script's fetch */
  dest: string;
  /** Origin header: a chrome-extension:// page's fetch carries its own */
  origin: string;
}

/**
 * Serves files from the given directories on 127.0.0.1 whatever the Host header says (pages are reached
 * as *.gov.cn). `htmlCharset` adds a charset to the HTML Content-Type, as most portals send it.
 */
export async function serve(
  dirs: string[],
  opts: { htmlCharset?: string } = {},
): Promise<{ port: number; requests: readonly ServedRequest[]; close(): Promise<void> }> {
  const requests: ServedRequest[] = [];
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requests.push({ path: `/${name}`, dest: String(req.headers['sec-fetch-dest'] ?? ''), origin: String(req.headers.origin ?? '') });
    const file = dirs.map((d) => path.join(d, name)).find((f) => !name.includes('..') && existsSync(f));
    if (!file) return void res.writeHead(404).end('not found');
    const ext = path.extname(file).toLowerCase();
    const type = (CONTENT_TYPES[ext] ?? 'text/plain') + (ext === '.html' && opts.htmlCharset ? `; charset=${opts.htmlCharset}` : '');
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, requests, close: () => new Promise((r) => server.close(() => r()) && server.closeAllConnections()) };
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension loaded and every *.gov.cn host resolved to 127.0.0.1, so the real
 * manifest's `*://*.gov.cn/*` match is exercised without any network.
 */
/**
 * The flags every launch here uses: no network of Chromium's own (this machine refuses it), and every
 * *.gov.cn and *.example.org host resolved to 127.0.0.1 where the tests serve their pages.
 */
export function chromiumArgs(lang: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1, MAP *.example.org 127.0.0.1',
  ];
}

/** `extraArgs` go after the usual flags (the store images route every host through a local proxy, so no port shows). */
export async function launch(lang: 'zh-CN' | 'en-US' = 'zh-CN', headless = true, extraArgs: string[] = []): Promise<Session> {
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) throw new Error(`extension not built: ${EXTENSION}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'xxgk-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    locale: lang,
    // Chromium on Linux takes its UI language (what i18n.getUILanguage reports) from LANGUAGE. LC_ALL:
    // the machine may lack a zh_CN.UTF-8 locale, and under the C fallback Chromium saves a file with a
    // Chinese name (年报核查历史记录-….json) as "download"; C.UTF-8 always exists and leaves LANGUAGE in charge
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8`, LC_ALL: 'C.UTF-8' },
    args: [...chromiumArgs(lang), `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...extraArgs],
  });
  // Playwright's 30 s for a click or a wait is a net, and on a busy machine too narrow a one (vitest.config.ts)
  context.setDefaultTimeout(120_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 120_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The badge the extension set for a page's tab. The extension has no `tabs` permission (so it cannot
 * see tab URLs, by design); the page is brought to the front and the active tab's id read instead.
 */
export async function badgeOf(worker: Worker, page: Page): Promise<{ tabId: number; text: string; title: string }> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return { tabId: tab.id, text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}

/**
 * Waits until the page's badge is `expected` (the content script reports asynchronously), and throws naming the
 * page and the last badge seen when it is not so within `timeoutMs`: a generous net for a busy machine, never a
 * measure of speed.
 */
export async function waitForBadge(worker: Worker, page: Page, expected: string, timeoutMs = 90_000): Promise<{ tabId: number; text: string; title: string }> {
  const until = Date.now() + timeoutMs;
  let last = await badgeOf(worker, page);
  while (last.text !== expected) {
    if (Date.now() >= until)
      throw new Error(`the badge of ${page.url()} is still "${last.text}" (title "${last.title}") after ${timeoutMs / 1000} s, not "${expected}"`);
    await new Promise((r) => setTimeout(r, 150));
    last = await badgeOf(worker, page);
  }
  return last;
}

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};
