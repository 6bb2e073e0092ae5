import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRouteServer, type Routes } from './route-server';
import { parseUrlList } from '../../cli/read-url-list';
import type { CliReport } from '../../cli/unreadable-report';
import { SEEDS_DIR } from '../helpers/seeds';
import { runMain } from './run-main';
import { seedPage } from './seed-page';

const seed = (id: string) => join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(id))!);
const DOCX_002 = join(__dirname, '../fixtures/docx/seed-002.docx');

describe('parseUrlList', () => {
  it('should keep one entry per line, trimmed, and skip blank lines, # comments and a BOM', () => {
    expect(parseUrlList('\ufeff# 2023 年报\r\nhttps://a.gov.cn/1.html#part\n\n   \n  reports/b.html  \r\n#https://skipped.gov.cn/\n')).toEqual([
      'https://a.gov.cn/1.html#part',
      'reports/b.html',
    ]);
  });
});

describe('xxgk-audit check --urls', () => {
  /** when each path was requested, for the pacing test */
  const hits: [string, number][] = [];
  const routes: Routes = {
    '/seed-000.txt': ['text/plain; charset=utf-8', readFileSync(seed('000'))],
    '/tongzhou-2024.html': ['text/html; charset=utf-8', seedPage('003', '<meta charset="utf-8">')],
    // a download link with no extension, served as a generic binary: the content says it is a .docx
    '/module/download/downfile.jsp?classid=0&filename=2023nb': ['application/octet-stream', readFileSync(DOCX_002)],
  };

  const server = useRouteServer(routes, ['text/html', '<h1>404</h1>'], (url) => hits.push([url, performance.now()]));

  /** A list file in its own folder, next to a local copy of seed 004 named by a relative path. */
  function listFile(lines: string[]): { list: string; local: string } {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-urls-'));
    copyFileSync(seed('004'), join(dir, 'huoxian-2023.txt'));
    const list = join(dir, 'list.txt');
    writeFileSync(list, lines.join('\n'));
    return { list, local: join(dir, 'huoxian-2023.txt') };
  }

  it('should check the entries in order, go on after a 404, and pause 500 ms between network requests only', async () => {
    const { list, local } = listFile([
      '# 通州区 2023–2024 年报',
      `${server.base}/seed-000.txt`,
      '',
      `${server.base}/zfxxgknb/202401/gone.html`,
      'huoxian-2023.txt',
      `${server.base}/module/download/downfile.jsp?classid=0&filename=2023nb`,
      `${server.base}/tongzhou-2024.html`,
    ]);
    const sleeps: number[] = [];
    const r = await runMain(['check', '--json', '--urls', list, seed('001')], { sleep: async (ms) => void sleeps.push(ms) });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).map((x: CliReport) => [x.source, x.agency, x.error ?? null])).toEqual([
      [seed('001'), '北京市东城区人民政府办公室', null], // arguments first, then the list
      [`${server.base}/seed-000.txt`, '北京市通州区国资委', null],
      [
        `${server.base}/zfxxgknb/202401/gone.html`,
        null,
        '无法下载（服务器返回 HTTP 404 Not Found） (cannot download (the server answered HTTP 404 Not Found))',
      ],
      [local, '北京市通州区漷县镇人民政府', null],
      [`${server.base}/module/download/downfile.jsp?classid=0&filename=2023nb`, '北京市密云区商务局', null],
      [`${server.base}/tongzhou-2024.html`, '北京市通州区', null],
    ]);
    // four network requests, three pauses; the local files in between cost none
    expect(sleeps).toEqual([500, 500, 500]);
    expect(r.stderr).toBe(
      `xxgk-audit: 无法读取 ${server.base}/zfxxgknb/202401/gone.html：无法下载（服务器返回 HTTP 404 Not Found）\nxxgk-audit: cannot read ${server.base}/zfxxgknb/202401/gone.html: cannot download (the server answered HTTP 404 Not Found)\n`,
    );
  });

  it('should take --delay for the pause (0: none) and really wait between requests', async () => {
    const { list } = listFile([`${server.base}/seed-000.txt`, `${server.base}/tongzhou-2024.html`, `${server.base}/seed-000.txt`]);
    const sleeps: number[] = [];
    await runMain(['check', '--delay', '0', '--urls', list], { sleep: async (ms) => void sleeps.push(ms) });
    expect(sleeps).toEqual([]);
    hits.length = 0;
    const r = await runMain(['check', '--delay', '150', '--urls', list]);
    expect(r.code).toBe(0);
    const gaps = hits.slice(1).map(([, t], i) => t - hits[i]![1]);
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(145);
  });

  it('should report a missing or empty list as unreadable (exit 2) and still check the arguments', async () => {
    const missing = join(tmpdir(), 'no-such-list-xxgk.txt');
    const r = await runMain(['check', '--urls', missing, seed('000')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('结论：一致');
    expect(r.stderr).toContain(`xxgk-audit: 无法读取 ${missing}：网址列表文件不存在`);
    const { list } = listFile(['# nothing yet', '']);
    const empty = await runMain(['check', '--json', '--urls', list]);
    expect(JSON.parse(empty.stdout)).toMatchObject([{ source: list, detected: false, error: '网址列表中没有网址或路径 (the URL list names no URL or path)' }]);
  });
});
