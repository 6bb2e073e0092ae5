/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkUrl } from '../../../entrypoints/batch/api';
import type { HistoryRecord } from '../../../lib/model/history-record';
import { reportHash, sha256Hex } from '../../../lib/text/content-hash';

// IndexedDB is not in node: the test reads what the batch hands to the history
const stored = vi.hoisted(() => [] as HistoryRecord[]);
vi.mock('@/utils/history-db', () => ({ putRecord: async (r: HistoryRecord) => void stored.push(r) }));

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

afterEach(() => {
  vi.unstubAllGlobals();
  stored.length = 0;
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
});
