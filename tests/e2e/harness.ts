import { afterAll, beforeAll } from 'vitest';
import { launch, type ServedRequest, serve, type Session } from '../../scripts/chromium';

export { ARTIFACTS, badgeOf, launch, ROOT, serve, waitForBadge, type Session } from '../../scripts/chromium';

/**
 * One test file's browser: serves `dirs` on 127.0.0.1 (reached as *.gov.cn hosts) and starts Chromium
 * with the built extension before the file's tests, and closes both after them. `dirs` may be a
 * function, for folders the file writes first.
 */
export function useExtension(
  dirs: string[] | (() => string[]),
  lang: 'zh-CN' | 'en-US' = 'zh-CN',
  serveOpts: Parameters<typeof serve>[1] = {},
): { readonly session: Session; readonly port: number; readonly requests: readonly ServedRequest[] } {
  let session: Session | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(typeof dirs === 'function' ? dirs() : dirs, serveOpts);
    session = await launch(lang);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      if (!session) throw new Error('the browser is not started yet (use it inside a test)');
      return session;
    },
    get port() {
      if (!server) throw new Error('the server is not started yet (use it inside a test)');
      return server.port;
    },
    get requests() {
      if (!server) throw new Error('the server is not started yet (use it inside a test)');
      return server.requests;
    },
  };
}

/** Sends a message to the tab's content scripts from the service worker, as the popup does. */
export function sendToTab(worker: Session['worker'], tabId: number, message: unknown): Promise<unknown> {
  return worker.evaluate(
    ([id, m]) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(i: number, x: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(id as number, m),
    [tabId, message] as const,
  );
}

/** Injects the checker as the popup and the background do (utils/inject-checker.ts). */
export async function injectChecker(worker: Session['worker'], tabId: number): Promise<void> {
  await worker.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: { scripting: { executeScript(d: unknown): Promise<unknown> } } }).chrome.scripting.executeScript({
        target: { tabId: id },
        files: ['/content-scripts/checker.js'],
        injectImmediately: true,
      }),
    tabId,
  );
}

/**
 * Asks the tab's checker, injecting it first as the popup does where none answers yet (a page that is not
 * a report, or one whose detector has not asked for it yet).
 */
export async function askChecker(worker: Session['worker'], tabId: number, message: unknown): Promise<unknown> {
  await injectChecker(worker, tabId);
  return sendToTab(worker, tabId, message);
}
