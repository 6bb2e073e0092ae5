/**
 * The add-on's real toolbar popup in Firefox, for the end-to-end test: clicked, read and drawn from the
 * browser window (see launchFirefox), since its panel is no tab that WebDriver BiDi can see.
 */
import type { Page } from 'puppeteer-core';
import { type FirefoxSession, selectTabOf, widgetId } from './firefox';

/**
 * Clicks the add-on's toolbar button for `page`'s tab, as a user does, after pinning it to the toolbar
 * (a new add-on's button sits in the Extensions panel): Firefox opens the real popup, in its panel,
 * on the active tab. The panel is no tab, so BiDi cannot see it; toolbarPopupText and
 * toolbarPopupSnapshot reach it from the browser window.
 */
export async function clickToolbarButton(session: FirefoxSession, page: Page): Promise<void> {
  await session.chrome(`(() => {
    ${selectTabOf(page)}
    CustomizableUI.addWidgetToArea(${JSON.stringify(widgetId(session.addonId))}, CustomizableUI.AREA_NAVBAR);
    document.getElementById(${JSON.stringify(widgetId(session.addonId))}).querySelector('.webextension-browser-action').click();
    return 'true';
  })()`);
}

/** The popup panel's <browser> once it shows popup.html (a statement list for the browser window). */
const POPUP_BROWSER = `const popup = [...document.querySelectorAll('panel browser')].find((b) => /^moz-extension:.*\\/popup\\.html/.test(b.currentURI?.spec ?? ''));`;

let asked = 0;

/**
 * The text of `selector` in the open toolbar popup, or null (not open yet, or no such element). A one-off
 * frame script reads it in the popup's own process and sends it back.
 */
export function toolbarPopupText(session: FirefoxSession, selector: string): Promise<string | null> {
  const name = `xxgk-e2e:text:${++asked}`;
  const script = `sendAsyncMessage(${JSON.stringify(name)}, content.document.querySelector(${JSON.stringify(selector)})?.textContent ?? null)`;
  // a frame script loaded into a popup that is still starting (its first opening after Firefox was
  // installed, seen once: the test waited 120 s on one call) may never answer: after 2 s the call says
  // null, so that expect.poll asks again instead of waiting on one call for ever
  return session.chrome(`new Promise((resolve) => {
    ${POPUP_BROWSER}
    if (!popup) return resolve('null');
    const mm = popup.messageManager;
    const timer = setTimeout(() => (mm.removeMessageListener(${JSON.stringify(name)}, on), resolve('null')), 2000);
    const on = (m) => (clearTimeout(timer), mm.removeMessageListener(${JSON.stringify(name)}, on), resolve(JSON.stringify(m.data)));
    mm.addMessageListener(${JSON.stringify(name)}, on);
    mm.loadFrameScript(${JSON.stringify(`data:,${encodeURIComponent(script)}`)}, false);
  })`);
}

/** In the browser window's scope: `bitmap` (an ImageBitmap from drawSnapshot) returned as base64 PNG. */
const BITMAP_TO_PNG = `
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return JSON.stringify(canvas.toDataURL('image/png').replace(/^data:image\\/png;base64,/, ''));`;

/** A PNG of what the toolbar popup shows (its panel's page, drawn by the browser), base64. */
export function toolbarPopupSnapshot(session: FirefoxSession): Promise<string> {
  return session.chrome(`(async () => {
    ${POPUP_BROWSER}
    if (!popup) throw new Error('the toolbar popup is not open');
    const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    ${BITMAP_TO_PNG}
  })()`);
}

/** A PNG of the top of the browser window (tabs, address bar, toolbar with the add-on's badge), base64. */
export function toolbarSnapshot(session: FirefoxSession): Promise<string> {
  return session.chrome(`(async () => {
    const toolbox = document.getElementById('navigator-toolbox').getBoundingClientRect();
    // the window's own global draws the browser chrome together with the tab's content under it
    const rect = new DOMRect(0, 0, window.innerWidth, Math.ceil(toolbox.bottom));
    const bitmap = await window.browsingContext.currentWindowGlobal.drawSnapshot(rect, 1, 'white', true);
    ${BITMAP_TO_PNG}
  })()`);
}

/** Closes the toolbar popup (as a click elsewhere would). */
export function closeToolbarPopup(session: FirefoxSession): Promise<void> {
  return session.chrome(`(() => {
    for (const panel of document.querySelectorAll('panel')) if (panel.state === 'open') panel.hidePopup();
    return 'true';
  })()`);
}
