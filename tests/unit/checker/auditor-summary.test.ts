import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAuditor } from '../../../entrypoints/checker.content/auditor';

/**
 * What the checker tells the background, counted: a check announces its verdict and hands its report to
 * the history once; a second injection into a page already checked (the popup's first, then the detector's)
 * sends the verdict again and nothing else, so the badge's `…` set on the detector's word cannot outlive it.
 * The page is tests/fixtures/pages/flat-002.html (seed 002 as a portal page: 5 errors).
 */
const html = readFileSync(new URL('../../fixtures/pages/flat-002.html', import.meta.url), 'utf8');
let sent: { type?: string }[];

beforeEach(() => {
  fakeBrowser.reset();
  // the fake browser leaves the UI language out: a Chinese browser, as the auditors'
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('zh-CN');
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => void sent.push(m as { type?: string }));
});

afterEach(() => void vi.unstubAllGlobals());

/** The page in linkedom, with its MutationObserver for the article watcher; the context's two calls the auditor makes. */
function auditor() {
  const { document, MutationObserver } = parseHTML(html);
  vi.stubGlobal('MutationObserver', MutationObserver);
  const ctx = { onInvalidated: () => () => undefined, setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) };
  return createAuditor(document as unknown as Document, ctx as unknown as ContentScriptContext);
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the checker’s word to the background', () => {
  it('should send the verdict and the history record once per check', async () => {
    const a = auditor();
    expect(a.checked()).toBe(false);
    a.check();
    await settle();
    expect(sent.map((m) => m.type)).toEqual(['report-summary', 'record-report']);
    expect(sent[0]).toMatchObject({ isReport: true, verdict: { errors: 5 } });
  });

  it('should send the same verdict again, and no second record, when asked after its check', async () => {
    const a = auditor();
    a.check();
    await settle();
    await a.resummarize();
    expect(sent.map((m) => m.type)).toEqual(['report-summary', 'record-report', 'report-summary']);
    expect(sent[2]).toEqual(sent[0]);
  });

  it('should send nothing when asked before any check', async () => {
    await auditor().resummarize();
    expect(sent).toEqual([]);
  });
});
