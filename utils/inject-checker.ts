import { browser } from 'wxt/browser';
import { originPattern } from './origin-pattern';

/** The checker's bundle (entrypoints/checker.content), shipped in the package, never fetched. */
export const CHECKER_FILE = '/content-scripts/checker.js';

type LegacyTabs = { executeScript(tabId: number, details: { file: string; runAt?: string }): Promise<unknown[]> };

/**
 * Injects the checker into a tab's top frame: scripting.executeScript in the MV3 build, tabs.executeScript
 * in Firefox's MV2 build. The checker loads once per page, so injecting again is harmless. False when the
 * browser refuses: no host permission and no activeTab grant, a browser page, a tab that has gone.
 * By default the browser holds the injection until the page is idle (after its load event). `domReady`
 * says the caller knows the page's DOM is complete (the detector asks only then): the checker is injected
 * at once, so the badge does not wait for the load event and the idle time after it (130–150 ms of the
 * 200 ms from load to badge, measured in the page; npm run bench).
 */
export async function injectChecker(tabId: number, { domReady = false } = {}): Promise<boolean> {
  try {
    if (import.meta.env.MANIFEST_VERSION === 2)
      await (browser.tabs as unknown as LegacyTabs).executeScript(tabId, { file: CHECKER_FILE, runAt: domReady ? 'document_end' : 'document_idle' });
    else await browser.scripting.executeScript({ target: { tabId }, files: [CHECKER_FILE], ...(domReady ? { injectImmediately: true } : {}) });
    return true;
  } catch {
    return false;
  }
}

/** Whether the extension may inject into this address without a click on its icon (gov.cn or a host the user added). */
export async function mayInject(url: string | null): Promise<boolean> {
  if (!url || !/^https?:/i.test(url)) return false;
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}
