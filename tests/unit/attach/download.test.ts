import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download } from '../../../lib/attach/download';
import { MAX_INPUT_BYTES } from '../../../lib/net/read-limited';
import { heldServer } from '../../helpers/held-server';

/**
 * The one download of the CLI, the batch page and the viewer, against a real HTTP server on localhost and
 * Node's own fetch: each way a portal fails gets its refusal code. The server holds the requests it does not
 * answer until the tests end, so the short time limits here are the behaviour under test, not a race.
 */
let server: Awaited<ReturnType<typeof heldServer>>;
let base: string;
const PAGE = '<html><head><title>北京市东城区2023年政府信息公开工作年度报告</title></head></html>';

beforeAll(async () => {
  server = await heldServer({
    '/page': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE),
    '/gzip': (_req, res) => void res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
    '/gone': (_req, res) => void res.writeHead(404, 'Not Found').end('gone'),
    '/huge': (_req, res) => void res.writeHead(200, { 'content-length': String(MAX_INPUT_BYTES + 1) }).end(),
    '/broken': (_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('<html>');
      setTimeout(() => res.destroy(), 20);
    },
  });
  base = server.base;
});

afterAll(() => server.close());

const TIMEOUT = 10_000;

describe('download', () => {
  it('should give the body and its content type, with the headers asked for', async () => {
    const got = await download(`${base}/page`, { fetch, timeoutMs: TIMEOUT, headers: { accept: 'text/html' } });
    expect(got).toEqual({ ok: true, bytes: new TextEncoder().encode(PAGE), contentType: 'text/html; charset=utf-8' });
    expect(server.seen.at(-1)?.accept).toBe('text/html');
  });

  it('should give a gzipped body undone', async () => {
    const got = await download(`${base}/gzip`, { fetch, timeoutMs: TIMEOUT });
    expect(got.ok && new TextDecoder().decode(got.bytes)).toBe(PAGE);
  });

  it('should give an HTTP error as http-error with its status and the server’s words', async () => {
    expect(await download(`${base}/gone`, { fetch, timeoutMs: TIMEOUT })).toEqual({
      ok: false,
      refused: { reason: 'http-error', status: 404, why: 'Not Found' },
    });
  });

  it('should refuse a declared body over the input limit as download-too-large', async () => {
    expect(await download(`${base}/huge`, { fetch, timeoutMs: TIMEOUT })).toEqual({
      ok: false,
      refused: { reason: 'download-too-large', limit: MAX_INPUT_BYTES },
    });
  });

  it('should give a refused connection as network-error with the system’s code', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await download(`http://127.0.0.1:${port}/`, { fetch, timeoutMs: TIMEOUT })).toEqual({
      ok: false,
      refused: { reason: 'network-error', why: 'ECONNREFUSED' },
    });
  });

  it('should give a body that breaks off as download-interrupted', async () => {
    const got = await download(`${base}/broken`, { fetch, timeoutMs: TIMEOUT });
    expect(got).toMatchObject({ ok: false, refused: { reason: 'download-interrupted' } });
  });

  it('should give a server that never answers as no-answer, and a body that stops arriving as download-timed-out', async () => {
    expect(await download(`${base}/silent`, { fetch, timeoutMs: 300 })).toEqual({ ok: false, refused: { reason: 'no-answer', seconds: 0.3 } });
    // 5 s: the headers are sent at once, and must arrive within the limit even on a busy machine; the body never does
    expect(await download(`${base}/stall`, { fetch, timeoutMs: 5000 })).toEqual({ ok: false, refused: { reason: 'download-timed-out', seconds: 5 } });
  });

  it('should throw the user’s cancel rather than call it a failure of the server', async () => {
    const cancel = new AbortController();
    const pending = download(`${base}/silent`, { fetch, timeoutMs: TIMEOUT, signal: cancel.signal });
    cancel.abort(new Error('cancelled by the user'));
    await expect(pending).rejects.toThrow('cancelled by the user');
    const reading = new AbortController();
    const stalled = download(`${base}/stall`, { fetch, timeoutMs: TIMEOUT, signal: reading.signal });
    setTimeout(() => reading.abort(new Error('cancelled while reading')), 100);
    await expect(stalled).rejects.toThrow('cancelled while reading');
  });

  it('should send the user’s cookies only when asked, through the fetch it is given', async () => {
    const inits: RequestInit[] = [];
    const spy = (url: string, init: RequestInit) => (inits.push(init), fetch(url, init));
    await download(`${base}/page`, { fetch: spy, timeoutMs: TIMEOUT, credentials: 'include' });
    await download(`${base}/page`, { fetch: spy, timeoutMs: TIMEOUT });
    expect(inits.map((i) => i.credentials)).toEqual(['include', undefined]);
    expect(inits.every((i) => i.redirect === 'follow' && i.signal instanceof AbortSignal)).toBe(true);
  });
});
