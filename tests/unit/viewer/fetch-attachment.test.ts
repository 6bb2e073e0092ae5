import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchAttachment } from '../../../entrypoints/viewer/fetch-attachment';
import { MAX_INPUT_BYTES } from '../../../lib/net/read-limited';
import { refusalSentence } from '../../../lib/attach/unreadable';

/**
 * The viewer's download of an attachment: a failure comes back as the refusal code the batch page and
 * the CLI give theirs (issue 19), worded by the one table (refusal-words.ts) where it is shown.
 */
const URL_PDF = 'https://www.bjtzh.gov.cn/nb/2023.pdf';

beforeEach(() => {
  fakeBrowser.reset();
  // *.gov.cn is granted at install
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchAttachment', () => {
  it('should give the bytes and content type of a download', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Uint8Array([37, 80, 68, 70]), { status: 200, headers: { 'content-type': 'application/pdf' } }));
    expect(await fetchAttachment(URL_PDF)).toEqual({ ok: true, bytes: new Uint8Array([37, 80, 68, 70]), contentType: 'application/pdf' });
  });

  it('should give a server’s refusal as http-error with its status', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 404 }));
    const got = await fetchAttachment(URL_PDF);
    expect(got).toEqual({ ok: false, refused: { reason: 'http-error', status: 404 } });
    if (got.ok || !('refused' in got)) throw new Error('not refused');
    expect(refusalSentence(got.refused)).toEqual({ zh: '无法下载（服务器返回 HTTP 404）', en: 'Cannot download (the server answered HTTP 404)' });
  });

  it('should stop a body over the input limit as download-too-large', async () => {
    vi.stubGlobal('fetch', async () => new Response('x', { status: 200, headers: { 'content-length': String(MAX_INPUT_BYTES + 1) } }));
    expect(await fetchAttachment(URL_PDF)).toEqual({ ok: false, refused: { reason: 'download-too-large', limit: MAX_INPUT_BYTES } });
  });

  it('should give a network failure as network-error with what the browser said, on a granted site', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchAttachment(URL_PDF)).toEqual({ ok: false, refused: { reason: 'network-error', why: 'Failed to fetch' } });
  });

  it('should ask for a site not granted rather than call its failure a network error', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchAttachment('https://example.org/r.pdf')).toEqual({ ok: false, needPermission: 'https://example.org/*' });
  });
});
