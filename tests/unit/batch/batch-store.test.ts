import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type BatchDeps, createBatchStore } from '../../../entrypoints/batch/batch-store';
import { STRINGS } from '../../../entrypoints/batch/strings';
import { type BatchItem, type BatchRow, failedRow, rowFromResult } from '../../../lib/batch/batch-row';
import { checkHtml } from '../../../lib/pipeline';

/**
 * The batch page's store (entrypoints/batch/batch-store.ts) without rendering and without a browser:
 * its reads of the network and the browser are handed in, the checks run on real fixture pages.
 */
const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const t = STRINGS.zh;
const link = (url: string, text = '某局2023年政府信息公开工作年度报告') => ({ url, text, year: 2023, attachment: false });

/** Deps that check `pages` (url → fixture file) for real, count the pauses and what crossed to the browser. */
function fakeDeps(pages: Record<string, string>, over: Partial<BatchDeps> = {}) {
  const calls = { sleeps: [] as number[], asked: [] as string[][], crossYear: 0 };
  const check = async (item: BatchItem): Promise<BatchRow> => {
    const file = pages[item.url];
    if (!file) return failedRow(item, { reason: 'http-error', status: 404 });
    const { document } = parseHTML(readFileSync(path.join(PAGES, file), 'utf8'));
    return rowFromResult(item, checkHtml(document, item.url));
  };
  const deps: BatchDeps = {
    linksOfTab: async () => null,
    requestOrigins: async (urls) => (calls.asked.push([...urls]), []),
    checkUrl: check,
    withCrossYear: async (rows) => (calls.crossYear++, [...rows]),
    ocrUrl: async (item) => check(item),
    fetchListPage: async () => null,
    sleep: async (ms) => void calls.sleeps.push(ms),
    now: () => 0,
    ...over,
  };
  return { deps, calls };
}

describe('createBatchStore', () => {
  it('should take a list page’s links, all chosen, and say where they came from', async () => {
    const { deps } = fakeDeps(
      {},
      {
        linksOfTab: async () => ({
          url: 'http://www.bjmy.gov.cn/nb/',
          title: '年报栏目',
          links: [link('http://www.bjmy.gov.cn/1.html')],
          next: 'http://www.bjmy.gov.cn/nb/2.html',
        }),
      },
    );
    const store = createBatchStore(t, deps);
    let changes = 0;
    store.subscribe(() => changes++);
    await store.loadTab(7);
    expect(store.get()).toMatchObject({
      notice: '从栏目页“年报栏目”找到 1 个年报链接。',
      nextPage: 'http://www.bjmy.gov.cn/nb/2.html',
      base: 'http://www.bjmy.gov.cn/nb/',
    });
    expect([...store.get().selected]).toEqual(['http://www.bjmy.gov.cn/1.html']);
    expect(changes).toBe(1);
    // a pasted relative link is read against the list page; one listed already is not repeated
    store.addPasted('./2.html\nhttp://www.bjmy.gov.cn/1.html');
    expect(store.get().links.map((l) => l.url)).toEqual(['http://www.bjmy.gov.cn/1.html', 'http://www.bjmy.gov.cn/nb/2.html']);
    expect(store.get().selected.size).toBe(2);
  });

  it('should say so when the tab does not answer', async () => {
    const store = createBatchStore(t, fakeDeps({}).deps);
    await store.loadTab(7);
    expect(store.get().notice).toBe(t.noScript);
  });

  it('should read the column’s further pages with the batch’s pacing between them, their new links chosen', async () => {
    const pages: Record<string, { links: ReturnType<typeof link>[]; next: string | null }> = {
      'http://a.gov.cn/2.html': { links: [link('http://a.gov.cn/r1.html'), link('http://a.gov.cn/r2.html')], next: 'http://a.gov.cn/3.html' },
      'http://a.gov.cn/3.html': { links: [link('http://a.gov.cn/r2.html'), link('http://a.gov.cn/r3.html')], next: null },
    };
    const { deps, calls } = fakeDeps(
      {},
      {
        linksOfTab: async () => ({ url: 'http://a.gov.cn/1.html', title: '', links: [link('http://a.gov.cn/r1.html')], next: 'http://a.gov.cn/2.html' }),
        fetchListPage: async (url) => pages[url] ?? null,
      },
    );
    const store = createBatchStore(t, deps);
    await store.loadTab(1);
    await store.readMorePages();
    expect(store.get().links.map((l) => l.url)).toEqual(['http://a.gov.cn/r1.html', 'http://a.gov.cn/r2.html', 'http://a.gov.cn/r3.html']);
    expect(store.get()).toMatchObject({ nextPage: null, notice: '已读取 3 个列表页，共 3 个年报链接。' });
    expect(store.get().selected.size).toBe(3);
    // one pause between the two pages read, none after the last
    expect(calls.sleeps).toEqual([800]);
  });

  it('should check the chosen links only, then run the cross-year checks once, and finish', async () => {
    const { deps, calls } = fakeDeps({ 'http://www.bjmy.gov.cn/trs-002.html': 'trs-002.html' });
    const store = createBatchStore(t, deps);
    store.addPasted('http://www.bjmy.gov.cn/trs-002.html\nhttp://www.bjmy.gov.cn/gone.html\nhttp://www.bjmy.gov.cn/skip.html');
    store.select(new Set(['http://www.bjmy.gov.cn/trs-002.html', 'http://www.bjmy.gov.cn/gone.html']));
    const phases: string[] = [];
    store.subscribe(() => phases.at(-1) !== store.get().phase && phases.push(store.get().phase));
    await store.start();
    expect(calls.asked).toEqual([['http://www.bjmy.gov.cn/trs-002.html', 'http://www.bjmy.gov.cn/gone.html']]);
    expect(store.get().rows.map((r) => [r.url, r.status, r.verdict])).toEqual([
      ['http://www.bjmy.gov.cn/trs-002.html', 'done', 'error'],
      ['http://www.bjmy.gov.cn/gone.html', 'failed', null],
    ]);
    expect(store.get().rows[0]!.counts).toEqual({ error: 5, warning: 3, info: 4 });
    expect(calls.crossYear).toBe(1);
    expect(phases).toEqual(['running', 'finished']);
    expect(store.get().current).toEqual([]);
  });

  it('should leave out the links whose host the user refused, and say which', async () => {
    const { deps } = fakeDeps({ 'http://www.bjmy.gov.cn/trs-002.html': 'trs-002.html' }, { requestOrigins: async () => ['https://example.org/*'] });
    const store = createBatchStore(t, deps);
    store.addPasted('http://www.bjmy.gov.cn/trs-002.html\nhttps://example.org/r.html');
    await store.start();
    expect(store.get().notice).toBe(`${t.permissionDenied} https://example.org/*`);
    expect(store.get().rows.map((r) => r.url)).toEqual(['http://www.bjmy.gov.cn/trs-002.html']);
  });

  it('should mark the rows not started as cancelled when the run is cancelled, and pause and resume it', async () => {
    let release: () => void = () => undefined;
    const { deps } = fakeDeps(
      { 'http://a.gov.cn/1.html': 'trs-002.html', 'http://a.gov.cn/2.html': 'trs-002.html' },
      // the pause between two starts holds until the test lets it go
      { sleep: () => new Promise<void>((r) => (release = r)) },
    );
    const store = createBatchStore(t, deps);
    store.addPasted('http://a.gov.cn/1.html\nhttp://a.gov.cn/2.html');
    const run = store.start();
    await new Promise((r) => setTimeout(r, 0));
    store.pause();
    expect(store.get().phase).toBe('paused');
    store.resume();
    expect(store.get().phase).toBe('running');
    store.cancel();
    release();
    await run;
    expect(store.get().phase).toBe('cancelled');
    expect(store.get().rows.map((r) => r.status)).toContain('cancelled');
  });

  it('should put the OCR’s report in the scanned row’s place, or say it was cancelled', async () => {
    const { deps } = fakeDeps({ 'http://a.gov.cn/scan.pdf': 'trs-002.html' });
    const store = createBatchStore(t, deps);
    store.addPasted('http://a.gov.cn/scan.pdf\nhttp://a.gov.cn/other.html');
    await store.start();
    const scanned = { ...store.get().rows[0]!, verdict: 'unreadable' as const, scanned: true, report: null };
    await store.recognise(scanned);
    expect(store.get().rows[0]).toMatchObject({ url: 'http://a.gov.cn/scan.pdf', verdict: 'error' });
    expect(store.get().ocr).toBeNull();

    const cancelling = createBatchStore(t, {
      ...deps,
      ocrUrl: (_item, { signal }) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(Object.assign(new Error('stop'), { name: 'ScanCancelled' })))),
    });
    const reading = cancelling.recognise(scanned);
    expect(cancelling.get().ocr).toEqual({ url: 'http://a.gov.cn/scan.pdf', page: 0, of: 0 });
    cancelling.cancelOcr();
    await reading;
    expect(cancelling.get().ocr).toEqual({ url: 'http://a.gov.cn/scan.pdf', message: t.ocrCancelled });
  });
});
