import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { failedRow, rowFromResult, type BatchItem, type BatchRow } from '../../../lib/batch/batch-row';
import { runBatch, type BatchProgress } from '../../../lib/batch/run-batch';
import { refusalSentence } from '../../../lib/attach/unreadable';
import { checkHtml } from '../../../lib/pipeline';

const PAGES = path.join(import.meta.dirname, '../../fixtures/pages');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const items: BatchItem[] = ['trs-002.html', 'word-000.html', 'not-report.html', 'missing.html', 'flat-003.html'].map((f) => ({
  url: `http://www.x.gov.cn/${f}`,
  linkText: f,
}));

/** A fake clock: sleep advances it and records the wait; nothing waits for real time. */
function fakeTime() {
  let t = 0;
  const waits: number[] = [];
  const starts: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    t += ms;
    if (signal?.aborted) throw new Error('aborted');
  };
  return { sleep, waits, starts, now: () => t, advance: (ms: number) => (t += ms) };
}

/** Checks the real fixture pages; a missing file fails like an HTTP 404. */
function checkFixture(onStart?: (url: string) => void) {
  return async (url: string): Promise<BatchRow> => {
    onStart?.(url);
    const file = url.split('/').pop()!;
    const item = { url, linkText: '' };
    if (file === 'missing.html') throw new Error('HTTP 404');
    return rowFromResult(item, checkHtml(parse(readFileSync(path.join(PAGES, file), 'utf8')), url));
  };
}

describe('runBatch', () => {
  it('should check every item in order, one at a time, 800 ms between starts, a failure not stopping the batch', async () => {
    const time = fakeTime();
    const progress: BatchProgress[] = [];
    const started: string[] = [];
    const rows = await runBatch(
      items,
      checkFixture((u) => started.push(u)),
      time.sleep,
      { onProgress: (p) => progress.push(p) },
    ).done;
    expect(started).toEqual(items.map((i) => i.url));
    expect(time.waits).toEqual([800, 800, 800, 800]);
    expect(rows.map((r) => [r.status, r.verdict, r.counts.error, r.agency])).toEqual([
      ['done', 'error', 5, '北京市密云区商务局'],
      ['done', 'ok', 0, '北京市通州区国资委'],
      ['done', 'not-a-report', 0, null],
      ['failed', null, 0, null],
      ['done', expect.any(String), expect.any(Number), '北京市通州区'],
    ]);
    expect(rows[3]!.error).toEqual({ reason: 'check-failed', why: 'HTTP 404' });
    expect(refusalSentence(rows[3]!.error!)).toEqual({ zh: '检查失败：HTTP 404', en: 'Check failed: HTTP 404' });
    expect(rows.map((r) => r.linkText)).toEqual(items.map((i) => i.linkText));
    expect(rows[0]!.report?.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ done: 5, total: 5, current: [], paused: false });
    // while an item runs, progress names it
    expect(progress.some((p) => p.current[0] === items[2]!.url && p.done === 2)).toBe(true);
  });

  it('should count time already spent checking toward the interval when given a clock', async () => {
    const time = fakeTime();
    const check = async (url: string) => {
      time.advance(url.endsWith('trs-002.html') ? 300 : 1000);
      return failedRow({ url, linkText: '' }, { reason: 'http-error', status: 500 });
    };
    await runBatch(items.slice(0, 3), check, time.sleep, { now: time.now }).done;
    expect(time.waits).toEqual([500]);
  });

  it('should run up to 3 at once when asked, never more, and never less than 800 ms apart', async () => {
    const time = fakeTime();
    let running = 0;
    let most = 0;
    // each check lasts a few turns of the event loop, so the runner could start many meanwhile
    const check = async (url: string) => {
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      running--;
      return failedRow({ url, linkText: '' }, { reason: 'http-error', status: 500 });
    };
    const rows = await runBatch([...items, ...items.map((i) => ({ ...i, url: `${i.url}?2` }))], check, time.sleep, { concurrency: 5, intervalMs: 100 }).done;
    expect(rows).toHaveLength(10);
    expect(most).toBe(3);
    expect(Math.min(...time.waits)).toBe(800);
  });

  it('should hold new starts while paused, and go on after resume', async () => {
    const time = fakeTime();
    const started: string[] = [];
    let control: ReturnType<typeof runBatch> | null = null;
    const check = async (url: string) => {
      started.push(url);
      if (started.length === 2) control!.pause();
      return failedRow({ url, linkText: '' }, { reason: 'http-error', status: 500 });
    };
    control = runBatch(items, check, time.sleep);
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(control.paused).toBe(true);
    expect(started).toHaveLength(2);
    control.resume();
    const rows = await control.done;
    expect(started).toHaveLength(5);
    expect(rows.every((r) => r.status === 'failed')).toBe(true);
  });

  it('should cancel: rows not started become cancelled, the running check gets the signal', async () => {
    const time = fakeTime();
    const abort = new AbortController();
    let seen: AbortSignal | undefined;
    const check = async (url: string, signal?: AbortSignal) => {
      seen = signal;
      if (url.endsWith('not-report.html')) {
        abort.abort();
        throw new Error('The operation was aborted');
      }
      return checkFixture()(url);
    };
    const rows = await runBatch(items, check, time.sleep, { signal: abort.signal }).done;
    expect(seen).toBe(abort.signal);
    expect(rows.map((r) => r.status)).toEqual(['done', 'done', 'cancelled', 'cancelled', 'cancelled']);
    expect(rows[3]!.error).toEqual({ reason: 'cancelled' });
    expect(refusalSentence(rows[3]!.error!)).toEqual({ zh: '已取消', en: 'Cancelled' });
  });

  it('should cancel while paused', async () => {
    const time = fakeTime();
    const abort = new AbortController();
    const control = runBatch(items, checkFixture(), time.sleep, { signal: abort.signal });
    control.pause();
    await new Promise((r) => setImmediate(r));
    abort.abort();
    const rows = await control.done;
    expect(rows.filter((r) => r.status === 'cancelled').length).toBeGreaterThanOrEqual(4);
  });
});
