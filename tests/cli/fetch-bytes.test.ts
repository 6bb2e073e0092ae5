import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBytes } from '../../cli/fetch-bytes';
import { REFUSAL_WORDS } from '../../lib/attach/refusal-words';
import { heldServer } from '../helpers/held-server';

/**
 * A server that never answers (/silent) and one that sends its headers and half a body, then stalls
 * (/stall): the two ways a portal times out. The CLI must give the refusal codes the viewer and the batch
 * page give for the same cases (entrypoints/viewer/fetch-attachment.ts), worded in the summary's language,
 * not an English "timed out" inside a Chinese line. The server holds the request until the test ends, so the
 * limits are the behaviour under test, not a wall-clock assertion (tests/helpers/held-server.ts).
 */
let server: Awaited<ReturnType<typeof heldServer>>;
let base: string;

beforeAll(async () => {
  server = await heldServer();
  base = server.base;
});

afterAll(() => server.close());

describe('fetchBytes when the server takes too long', () => {
  it('should refuse a server that never answers as no-answer with its seconds, worded in Chinese and English', async () => {
    const got = await fetchBytes(`${base}/silent`, 300);
    expect(got).toMatchObject({ ok: false, refused: { reason: 'no-answer', seconds: 0.3 } });
    if (!('refused' in got)) throw new Error('expected a refusal');
    expect(REFUSAL_WORDS['no-answer'](got.refused)).toEqual({ zh: '无法打开（0.3 秒内未响应）', en: 'could not open (no answer within 0.3 s)' });
  });

  it('should refuse a body that stops arriving as download-timed-out, not as an interrupted download', async () => {
    // 5 s: the headers are sent at once, and must arrive within the limit even on a busy machine; the body never does
    const got = await fetchBytes(`${base}/stall`, 5000);
    expect(got).toMatchObject({ ok: false, refused: { reason: 'download-timed-out', seconds: 5 } });
  });
});
