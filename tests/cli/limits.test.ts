import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/unreadable-report';
import { zipEntries, zipInflatedBytes } from '../../lib/attach/zip-names';
import { readLimited } from '../../lib/net/read-limited';
import { BUILT_CLI } from '../../scripts/ensure-built-cli';
import { SEEDS_DIR } from '../helpers/seeds';
import { runMain } from './run-main';

const seedFile = (id: string) => join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(id))!);
const DOCX = join(import.meta.dirname, '../fixtures/docx/seed-000.docx');

/** A real .docx whose central directory says word/document.xml inflates to 300 MB: what a zip bomb declares. */
function docxBomb(): Uint8Array {
  const bytes = new Uint8Array(readFileSync(DOCX));
  const view = new DataView(bytes.buffer);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let entry = view.getUint32(at + 16, true);
    for (let i = 0; i < view.getUint16(at + 10, true); i++) {
      const nameLength = view.getUint16(entry + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(entry + 46, entry + 46 + nameLength));
      if (name === 'word/document.xml') view.setUint32(entry + 24, 300 * 1024 * 1024, true);
      entry += 46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    }
    break;
  }
  return bytes;
}

let server: Server | undefined;
let base = '';
beforeAll(async () => {
  // 80 MB of zeros gzipped to some 80 kB: the body a gzip bomb sends
  const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024));
  server = createServer((req, res) => {
    if (req.url === '/bomb.html') return void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
    // a server that takes the request and never answers
    if (req.url === '/hang.html') return;
    if (req.url === '/huge.html') return void res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 ** 3) }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
});

describe('inputs too large to be a report (issue 11)', () => {
  it('should read a body up to its limit and cancel the rest, and refuse a declared length over it', async () => {
    const stream = (n: number) => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array(n)), c.enqueue(new Uint8Array(n)), c.close()) });
    expect(await readLimited(stream(600), null, 1000)).toEqual({ ok: false, tooLarge: 1200 });
    expect(await readLimited(stream(400), null, 1000)).toMatchObject({ ok: true, bytes: new Uint8Array(800) });
    expect(await readLimited(stream(1), '5000', 1000)).toEqual({ ok: false, tooLarge: 5000 });
  });

  it('should read what a ZIP declares it inflates to without inflating it', () => {
    expect(zipEntries(new Uint8Array(readFileSync(DOCX)))!.map((e) => e.name)).toContain('word/document.xml');
    expect(zipInflatedBytes(docxBomb())).toBeGreaterThan(300 * 1024 * 1024);
  });

  it('should check the good inputs around a .docx bomb, a gzip bomb, an endless download and a huge file, each refused plainly (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-limits-'));
    writeFileSync(join(dir, 'bomb.docx'), docxBomb());
    // a sparse 65 MB file: refused by its size before it is read
    const fd = openSync(join(dir, 'huge.html'), 'w');
    ftruncateSync(fd, 65 * 1024 * 1024);
    closeSync(fd);
    const r = await runMain([
      'check',
      '--json',
      '--delay',
      '0',
      seedFile('000'),
      join(dir, 'bomb.docx'),
      `${base}/bomb.html`,
      `${base}/huge.html`,
      join(dir, 'huge.html'),
      seedFile('002'),
    ]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as CliReport[];
    expect(out.map((x) => [x.detected, x.error !== undefined])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [false, true],
      [false, true],
      [true, false],
    ]);
    expect(r.stderr).toContain('Word 文档解压后有 300 MB（上限 256 MB）');
    expect(r.stderr).toContain('下载内容超过 64 MB');
    expect(r.stderr).toContain('文件有 65 MB（上限 64 MB）');
  });
});

/** A page of 20 MB of paragraphs: read in a few hundred MB, more than a small --max-memory allows. */
function bigPage(dir: string): string {
  const file = join(dir, 'big.html');
  writeFileSync(
    file,
    `<html><head><title>2023年政府信息公开工作年度报告</title></head><body>${'<p>本机关2023年主动公开政府信息若干条。</p>'.repeat(350_000)}</body></html>`,
  );
  return file;
}

describe('each input checked in isolation, results streamed (issue 11)', () => {
  it('should stop an input that needs more than --max-memory and check the next one in a new worker (exit 2)', async () => {
    const big = bigPage(mkdtempSync(join(tmpdir(), 'xxgk-memory-')));
    const r = await runMain(['check', '--json', '--max-memory', '48', seedFile('000'), big, seedFile('002')]);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as CliReport[];
    expect(out.map((x) => [x.source, x.detected])).toEqual([
      [seedFile('000'), true],
      [big, false],
      [seedFile('002'), true],
    ]);
    expect(out[1]!.error).toContain('检查此输入所需内存超过 48 MB 上限');
    // the worker that ran out was replaced: seed 002 is checked in full, its 5 errors found
    expect(out[2]!.findings.filter((f) => f.severity === 'error')).toHaveLength(5);
  });

  it('should stop an input that takes longer than --max-seconds, write each result as it comes, and go on', async () => {
    const log: ['out' | 'err', string][] = [];
    const r = await runMain(['check', '--json', '--delay', '0', '--max-seconds', '2', seedFile('000'), `${base}/hang.html`, seedFile('002')], {
      stdout: (t) => void log.push(['out', t]),
      stderr: (t) => void log.push(['err', t]),
    });
    expect(r.code).toBe(2);
    const stdout = log.filter(([k]) => k === 'out').map(([, t]) => t);
    const out = JSON.parse(stdout.join('')) as CliReport[];
    expect(out.map((x) => x.detected)).toEqual([true, false, true]);
    // the download's own timeout is 30 s and says so in its own code: the input's time limit ended it first
    // (told by the code, not by a clock, so a busy machine cannot fail it)
    expect(out[1]!.errorCode).toBe('out-of-time');
    expect(out[1]!.error).toContain('检查此输入超过 2 秒上限');
    // seed 000's entry was written before the hanging URL was given up: a run stopped there keeps it
    const timedOut = log.findIndex(([k, t]) => k === 'err' && t.includes('超过 2 秒上限'));
    const first = log.findIndex(([k, t]) => k === 'out' && t.includes(seedFile('000')));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(timedOut);
    expect(JSON.parse(`${stdout[0]}\n]`)).toHaveLength(1);
  });

  it('should check two seeds around a .docx bomb and a gzip bomb in the real program with a peak memory under 1 GB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-peak-'));
    writeFileSync(join(dir, 'bomb.docx'), docxBomb());
    const root = resolve(import.meta.dirname, '../..');
    const args = [
      '--import',
      './tests/cli/peak-memory.mjs',
      BUILT_CLI,
      'check',
      '--json',
      '--delay',
      '0',
      seedFile('000'),
      join(dir, 'bomb.docx'),
      `${base}/bomb.html`,
      seedFile('002'),
    ];
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(process.execPath, args, { cwd: root, maxBuffer: 32 << 20 }, (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr })),
    );
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as CliReport[]).map((x) => [x.detected, x.error !== undefined])).toEqual([
      [true, false],
      [false, true],
      [false, true],
      [true, false],
    ]);
    const peakKb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1]);
    expect(peakKb).toBeGreaterThan(0);
    expect(peakKb).toBeLessThan(1024 * 1024);
  });
});
