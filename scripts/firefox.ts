/**
 * Debian's firefox-esr with the built Firefox add-on (MV2), driven by puppeteer-core over WebDriver BiDi:
 * the Firefox end-to-end test. No driver download: BiDi is built into Firefox.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT } from './chromium';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = path.join(ROOT, '.output/firefox-mv2');

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  /** Runs `expression` (whose value is a JSON string) in the browser window itself, and parses the answer. */
  chrome<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/**
 * Firefox with the built add-on installed and `hosts` resolved to 127.0.0.1, so the manifest's
 * `*://*.gov.cn/*` match is the real one. `--remote-allow-system-access` lets BiDi script the browser
 * window (moz:scope "chrome"): that is how the test reads the toolbar badge, clicks the toolbar button and
 * reads the popup in its panel, and opens the popup's page in a tab, because BiDi refuses to navigate a
 * tab to moz-extension:// itself. The add-on is the production build, with no test hook.
 */
export async function launchFirefox(hosts: string[], locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error(`Firefox add-on not built: ${FIREFOX_EXTENSION}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': hosts.join(','),
      // the UI language (i18n.getUILanguage) comes from the zh-CN language pack (firefox-esr-l10n-zh-cn)
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
    },
  });
  try {
    const bidi = bidiOf(browser);
    const addonId = await browser.installExtension(FIREFOX_EXTENSION);
    const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
      result: { contexts: { context: string; url: string }[] };
    };
    const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('no browser window among the chrome contexts');
    return {
      browser,
      addonId,
      async chrome<T>(expression: string): Promise<T> {
        // one call that never answers (a promise in the browser window that never settles) must not hold
        // a test until its own timeout: it fails here, naming the call, and expect.poll asks again
        let timer: ReturnType<typeof setTimeout> | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`the browser window did not answer in ${CHROME_CALL_MS / 1000} s: ${expression.trim().split('\n')[0]}`)),
            CHROME_CALL_MS,
          );
        });
        const { result } = (await Promise.race([
          bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true, resultOwnership: 'none' }),
          late,
        ]).finally(() => clearTimeout(timer))) as { result: EvaluateResult };
        if (result.type === 'exception') throw new Error(`in the browser window: ${result.exceptionDetails?.text}`);
        if (result.result?.type !== 'string') throw new Error(`expected a JSON string from the browser window, got ${result.result?.type}`);
        return JSON.parse(result.result.value as string) as T;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** How long one call into the browser window may take before it counts as lost. */
const CHROME_CALL_MS = 60_000;

/**
 * puppeteer's own WebDriver BiDi connection, for the commands it has no API for (the chrome scope).
 * puppeteer-core 24 has it on its BiDi Browser as `connection`, outside its public types; using it keeps
 * to the one WebDriver session puppeteer opened instead of starting a second one beside it.
 */
function bidiOf(browser: Browser): { send(method: string, params: object): Promise<unknown> } {
  const connection = (browser as unknown as { connection?: { send?: unknown } }).connection;
  if (typeof connection?.send !== 'function')
    throw new Error('puppeteer-core no longer exposes its BiDi connection (Browser.connection): update scripts/firefox.ts');
  return connection as { send(method: string, params: object): Promise<unknown> };
}

/** Statements for the browser window: select the tab showing `page` (by its address, which must be unique), as a user would. */
export function selectTabOf(page: Page): string {
  return `const tabs = gBrowser.tabs.filter((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(page.url())});
    if (tabs.length !== 1) throw new Error(tabs.length + ' tabs show ${page.url()}');
    gBrowser.selectedTab = tabs[0];`;
}

/**
 * What the toolbar shows for `page`'s tab: the add-on's button badge (text and colour) and its tooltip.
 * Read from the button in the browser window, the one the user sees (the unified Extensions panel keeps
 * it even when it is not pinned), after selecting the tab.
 */
export function badgeOf(session: FirefoxSession, page: Page): Promise<{ text: string; color: string; title: string }> {
  return session.chrome(`(() => {
    ${selectTabOf(page)}
    const widget = CustomizableUI.getWidget(${JSON.stringify(widgetId(session.addonId))})?.forWindow(window)?.node;
    const button = widget?.querySelector('.webextension-browser-action');
    if (!button) throw new Error('no toolbar button for the add-on');
    const args = JSON.parse(button.getAttribute('data-l10n-args') || '{}');
    return JSON.stringify({ text: button.getAttribute('badge') || '', color: (button.getAttribute('badgeStyle') || '').replace(/;.*/, ''), title: args.extensionTitle || '' });
  })()`);
}

/**
 * Opens the popup's page for `page`'s tab in a tab of its own (popup.html?tab=<id>, as the Chromium tests
 * do) and returns it. The browser window opens it, with the tab id the add-on knows that tab by; BiDi
 * then scripts it like any other tab.
 */
export async function openPopup(session: FirefoxSession, page: Page): Promise<Page> {
  const before = new Set(await session.browser.pages());
  const url = await session.chrome<string>(`(() => {
    ${selectTabOf(page)}
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const tabId = ExtensionParent.apiManager.global.tabTracker.getId(gBrowser.selectedTab);
    const url = WebExtensionPolicy.getByID(${JSON.stringify(session.addonId)}).getURL('popup.html?tab=' + tabId);
    gBrowser.selectedTab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    return JSON.stringify(url);
  })()`);
  // the new tab reaches puppeteer as a browsing context of its own, listed under its first address
  // (about:blank): the address it shows now is read from the page
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    for (const candidate of await session.browser.pages())
      if (!before.has(candidate) && (await candidate.evaluate(() => location.href).catch(() => '')) === url) return candidate;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the popup's page ${url} never showed up as a tab`);
}

/** The id Firefox gives an add-on's toolbar widget (ExtensionCommon's makeWidgetId). */
export function widgetId(addonId: string): string {
  return `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;
}
