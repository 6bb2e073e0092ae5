import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useRouteServer, type Routes } from './route-server';
import type { CliReport } from '../../cli/unreadable-report';
import { checkText } from '../../lib/pipeline';
import { canonicalReport } from '../../lib/report/canonical-report';
import { BUILT_CLI } from '../../scripts/ensure-built-cli';
import { SEEDS_DIR, SEED_IDS, seedText } from '../helpers/seeds';
import { gbkEncode } from './gbk-encode';
import { seedPage } from './seed-page';

/** End to end: the bundled CLI (dist/, what the package's bin runs) as a child process, cwd = repo root. */
const ROOT = resolve(__dirname, '../..');
const seed = (id: string) => join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(id)) ?? id);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [BUILT_CLI, ...args], { cwd: ROOT, maxBuffer: 32 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const json = (r: Run) => JSON.parse(r.stdout) as CliReport[];
const cellCount = (t: Record<string, Record<string, unknown>> | null) => Object.values(t ?? {}).reduce((n, row) => n + Object.keys(row).length, 0);

describe('xxgk-audit --version', () => {
  it.each([['--version'], ['-V']])('should print the package version for %s, not a parse error', async (flag) => {
    const r = await run(flag);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(r).toEqual({ code: 0, stdout: `xxgk-audit ${version}\n`, stderr: '' });
  });
});

describe('xxgk-audit check (files)', () => {
  it('should exit 1 on seed 002 and print its T3-C arithmetic', async () => {
    const r = await run('check', seed('002'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    expect(r.stdout).toMatch(/^结论：有错误：5 个错误；3 个警告、4 条提示$/m);
  });

  it('should exit 0 on seeds 000, 001 and 004 together, one summary each in input order', async () => {
    const r = await run('check', seed('000'), seed('001'), seed('004'));
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^== .+$/gm)).toEqual([`== ${seed('000')}`, `== ${seed('001')}`, `== ${seed('004')}`]);
    expect(r.stdout.match(/^结论：一致/gm)).toHaveLength(3);
    expect(r.stderr).toBe('');
  });

  it('should print one canonical report per seed with --json, in order', async () => {
    const r = await run('check', '--json', ...SEED_IDS.map(seed));
    const reports = json(r);
    expect(r.code).toBe(1); // seed 002 has errors
    expect(reports.map((x) => [x.source, x.schemaVersion, x.detected, cellCount(x.tables.requests)])).toEqual(SEED_IDS.map((id) => [seed(id), 1, true, 175]));
    expect(reports[3]!.findings.find((f) => f.rule === 'narrative-received')).toMatchObject({ severity: 'warning', actual: 2333, expected: 2331 });
    // the CLI adds nothing to the pipeline's report
    expect(reports[2]).toEqual(canonicalReport(checkText(seedText('002'), seed('002')).report));
    // the verdict every screen says, with its counts
    expect(reports[2]!.verdict).toEqual({ kind: 'error', errors: 5, warnings: 3, notes: 4, unchecked: 0, dismissed: 0 });
    expect(reports.map((x) => x.verdict?.kind)).toEqual(['ok', 'ok', 'error', 'warning', 'ok']);
  });

  it('should line up the TSV tables of two different seeds and write CSV with a BOM', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xxgk-cli-')), 'all.csv');
    const [a, b, csv] = await Promise.all([
      run('check', '--format', 'tsv', seed('000')),
      run('check', '--format', 'tsv', seed('003')),
      run('check', '--format', 'csv', '--layout', 'row', '--out', out, ...SEED_IDS.map(seed)),
    ]);
    const shape = (s: string) => s.split('\r\n').map((l) => l.split('\t').length);
    expect(shape(a.stdout)).toEqual(shape(b.stdout));
    expect(a.stdout).not.toBe(b.stdout);
    expect(a.stdout).toContain('（七）总计\t');
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeff机关,')).toBe(true);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + SEED_IDS.length);
    expect(new Set(lines.map((l) => l.split(',').length)).size).toBe(1);
    // the verdict, its counts and the checks not made lead each line
    expect(lines[0]!.split(',').slice(5, 11)).toEqual(['结论', '错误', '警告', '提示', '未核', '已驳回']);
    expect(lines.map((l) => l.split(',')[5])).toEqual(['结论', '一致', '一致', '有错误', '仅有警告', '一致']);
  });

  it('should write the same bytes with --jobs 1 and --jobs 3, every result in input order', async () => {
    // a directory where the slow inputs (a PDF, a .docx) come first and a missing file sits between them
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-jobs-'));
    copyFileSync(resolve(ROOT, 'tests/fixtures/pdf/002.pdf'), join(dir, 'a-report.pdf'));
    copyFileSync(resolve(ROOT, 'tests/fixtures/docx/seed-003.docx'), join(dir, 'b-report.docx'));
    for (const id of SEED_IDS) copyFileSync(seed(id), join(dir, `c-${id}.txt`));
    const args = ['check', '--json', join(dir, 'a-report.pdf'), 'no-such-report.txt', dir];
    const [one, three, summaryOne, summaryThree] = await Promise.all([
      run(...args, '--jobs', '1'),
      run(...args, '--jobs', '3'),
      run('check', dir, '-j', '1'),
      run('check', dir, '-j', '3'),
    ]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect([one.code, three.code]).toEqual([2, 2]);
    expect(json(one).map((r) => r.source)).toEqual([
      join(dir, 'a-report.pdf'),
      'no-such-report.txt',
      join(dir, 'a-report.pdf'),
      join(dir, 'b-report.docx'),
      ...SEED_IDS.map((id) => join(dir, `c-${id}.txt`)),
    ]);
    expect(summaryThree.stdout).toBe(summaryOne.stdout);
    expect(summaryOne.stdout.match(/^== .+$/gm)).toHaveLength(7);
  });

  it('should exit 2 on a missing file and still report the other input', async () => {
    const r = await run('check', 'no-such-report.txt', seed('000'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取 no-such-report.txt：文件不存在');
    expect(r.stderr).toContain('cannot read no-such-report.txt: no such file');
    expect(r.stdout).toContain(`== ${seed('000')}\n标题：北京市通州区国资委2023年政府信息公开工作年度报告`);
  });
});

describe('xxgk-audit check (URLs)', () => {
  const routes: Routes = {
    '/seed-000.txt': ['text/plain', readFileSync(seed('000'))],
    // GBK bytes declared only in the page: the decoder must sniff <meta http-equiv>
    '/miyun-2023.html': ['text/html', gbkEncode(seedPage('002', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))],
    // GBK bytes declared only in the HTTP header
    '/huoxian-2023.html': ['text/html; charset=GBK', gbkEncode(seedPage('004', null))],
    '/notice.html': [
      'text/html; charset=utf-8',
      '<!doctype html><html><head><title>关于开展消防安全检查的通知</title></head><body><h1>关于开展消防安全检查的通知</h1><p>各单位：请于本周内完成自查。</p></body></html>',
    ],
    '/report.pdf': ['application/pdf', '%PDF-1.4\n%…'],
  };

  const server = useRouteServer(routes, ['text/plain', 'not found']);

  it('should read a text URL and GBK pages declared by meta or by header', async () => {
    const r = await run('check', '--json', `${server.base}/seed-000.txt`, `${server.base}/miyun-2023.html`, `${server.base}/huoxian-2023.html`);
    const [text, miyun, huoxian] = json(r);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect({ ...text!, source: '' }).toEqual(canonicalReport(checkText(seedText('000'), '').report));
    expect([miyun!.title, miyun!.agency, cellCount(miyun!.tables.requests)]).toEqual([
      '北京市密云区商务局2023年政府信息公开年度报告',
      '北京市密云区商务局',
      175,
    ]);
    expect(miyun!.findings.map((f) => f.message)).toContain('表三（七）总计·自然人：2+0+0+0+0+0+3+0+0+0+2+0+0+0+0+0+0+0+0+0+1 = 8，报告为 10，差 2');
    expect(huoxian!.tables.requests).toEqual(checkText(seedText('004'), '').report.tables.requests);
    expect(huoxian!.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('should report a page that is not a report as detected false, exit 0', async () => {
    const [j, s] = await Promise.all([run('check', '--json', `${server.base}/notice.html`), run('check', `${server.base}/notice.html`)]);
    expect(j.code).toBe(0);
    expect(json(j)).toMatchObject([{ source: `${server.base}/notice.html`, detected: false, findings: [] }]);
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('未识别为政府信息公开工作年度报告');
    expect(s.stdout).toContain('一条线索也没有找到。\n  读到的标题：关于开展消防安全检查的通知');
  });

  it('should exit 2 on HTTP 404, a damaged PDF and a refused connection, with an error object for each', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x.html`;
    await new Promise((ok) => closed.close(ok));
    const r = await run('check', '--json', `${server.base}/gone.html`, `${server.base}/report.pdf`, deadUrl, `${server.base}/seed-000.txt`);
    expect(r.code).toBe(2);
    const reports = json(r);
    expect(reports.map((x) => [x.detected, x.error ?? null])).toEqual([
      [false, expect.stringContaining('HTTP 404')],
      [false, expect.stringContaining('PDF')],
      [false, expect.stringContaining('ECONNREFUSED')],
      [true, null],
    ]);
    expect(r.stderr).toContain(`无法读取 ${server.base}/gone.html：无法下载（服务器返回 HTTP 404 Not Found）`);
    expect(r.stderr).toContain(`cannot read ${server.base}/report.pdf: the PDF cannot be parsed`);
  });
});
