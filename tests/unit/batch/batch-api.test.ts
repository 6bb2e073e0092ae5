/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkUrl } from '../../../entrypoints/batch/api';
import type { HistoryRecord } from '../../../lib/model/history-record';
import { reportHash, sha256Hex } from '../../../lib/text/content-hash';
import { answerPutRecord } from '../../../utils/history-writer';

// IndexedDB is not in node: the test reads what the background stores (the history's one writer), or has it fail
const stored = vi.hoisted(() => [] as HistoryRecord[]);
const failWith = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('@/utils/history-db', () => ({
  putRecord: async (r: HistoryRecord) => {
    if (failWith.error) throw failWith.error;
    stored.push(r);
    return { dropped: [], refused: [] };
  },
}));

// mammoth's node build reads { buffer }, its browser build (the one the extension bundles) { arrayBuffer }
vi.mock('mammoth', async (importOriginal) => {
  const mammoth = await importOriginal<typeof import('mammoth')>();
  const convertToHtml = (input: { arrayBuffer: ArrayBuffer }) => mammoth.convertToHtml({ buffer: Buffer.from(input.arrayBuffer) });
  return { ...mammoth, convertToHtml, default: { ...mammoth, convertToHtml } };
});

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');

function serve(body: BodyInit, contentType: string) {
  vi.stubGlobal('fetch', async () => new Response(body, { status: 200, headers: { 'content-type': contentType } }));
}

// the background's listener (entrypoints/background.ts), the batch page as the sender (fakeBrowser names none)
const BATCH_PAGE = { url: fakeBrowser.runtime.getURL('/batch.html') };
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => answerPutRecord(message, BATCH_PAGE));
});

afterEach(() => {
  vi.unstubAllGlobals();
  stored.length = 0;
  failWith.error = null;
});

describe('batch checkUrl and the history', () => {
  it('should read a Word attachment with the attachment reader and record it under its byte hash, as the viewer does', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'docx/seed-000.docx')));
    serve(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const url = 'http://www.bjtzh.gov.cn/nb/2023.docx';
    const row = await checkUrl({ url, linkText: '2023年报' });
    expect(row).toMatchObject({ status: 'done', agency: '北京市通州区国资委', year: 2023, hash: sha256Hex(bytes) });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ url, hash: sha256Hex(bytes), id: `${url}#${sha256Hex(bytes)}` });
    // not the hash of its text, which would give the same file a second history id
    expect(stored[0]!.hash).not.toBe(reportHash(stored[0]!.report, stored[0]!.narrative));
  });

  it('should record a web page under the hash of its report text, as the content script does', async () => {
    serve(readFileSync(path.join(FIXTURES, 'pages/trs-002.html'), 'utf8'), 'text/html; charset=utf-8');
    const url = 'http://www.x.gov.cn/trs-002.html';
    const row = await checkUrl({ url, linkText: 'r' });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).toBe(reportHash(stored[0]!.report, stored[0]!.narrative));
    expect(stored[0]!.hash).toBe(row.hash);
  });

  it('should say beside the row why its report is not in the history when the background’s store is full', async () => {
    failWith.error = new DOMException('', 'QuotaExceededError');
    serve(readFileSync(path.join(FIXTURES, 'pages/trs-002.html'), 'utf8'), 'text/html; charset=utf-8');
    const row = await checkUrl({ url: 'http://www.x.gov.cn/trs-002.html', linkText: 'r' });
    expect(row).toMatchObject({ status: 'done', verdict: 'error', historyError: { code: 'full' } });
    expect(stored).toHaveLength(0);
  });

  it('should say so when no background answers, the row itself complete', async () => {
    fakeBrowser.reset();
    serve(readFileSync(path.join(FIXTURES, 'pages/trs-002.html'), 'utf8'), 'text/html; charset=utf-8');
    const row = await checkUrl({ url: 'http://www.x.gov.cn/trs-002.html', linkText: 'r' });
    expect(row.status).toBe('done');
    expect(row.historyError).toEqual({ code: 'failed', detail: 'No listeners available' });
  });
});

describe('answerPutRecord', () => {
  it('should leave other messages to other listeners, and refuse one that is not from a page of the extension', async () => {
    serve(readFileSync(path.join(FIXTURES, 'pages/trs-002.html'), 'utf8'), 'text/html; charset=utf-8');
    await checkUrl({ url: 'http://www.x.gov.cn/trs-002.html', linkText: 'r' });
    const [kept] = stored;
    const again = { ...kept!, type: 'put-record' };
    expect(answerPutRecord({ ...again, type: 'record-report' }, BATCH_PAGE)).toBeUndefined();
    // not a message of this kind: a hash that is not a SHA-256
    expect(answerPutRecord({ ...again, hash: 'x' }, BATCH_PAGE)).toBeUndefined();
    expect(await answerPutRecord(again, { url: 'http://www.x.gov.cn/trs-002.html' })).toEqual({
      status: 'error',
      error: { code: 'not-extension-page' },
    });
    expect(await answerPutRecord(again, {})).toMatchObject({ status: 'error' });
    expect(stored).toHaveLength(1);
    expect(await answerPutRecord(again, BATCH_PAGE)).toEqual({ status: 'ok', dropped: 0, refused: false });
    expect(stored).toHaveLength(2);
  });
});
