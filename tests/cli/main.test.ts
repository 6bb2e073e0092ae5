import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/unreadable-report';
import { SEEDS_DIR } from '../helpers/seeds';
import { runMain as runMainWith, SOURCE_WORKER } from './run-main';
import { seedPage } from './seed-page';

/** main() in-process (one job: see run-main.ts): the CLI's behaviour without the cost of a child process. */
const runMain = (...argv: string[]) => runMainWith(argv);

const DOCX = join(__dirname, '../fixtures/docx');
/** The OLE2 compound-file signature that starts every .doc, .wps and .xls, then zeros. */
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const seedFile = (id: string) => join(SEEDS_DIR, readdirSync(SEEDS_DIR).find((f) => f.startsWith(id)) ?? id);

// each run starts the bundled worker (run-main.ts); the directory of every input form runs the sources' own
// worker through tsx, as `node bin/xxgk-audit.mjs` does from a checkout
describe('main', () => {
  it('should print the help and exit 0', async () => {
    const r = await runMain('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('xxgk-audit check [选项 options] 文件|网址|目录 FILE|URL|DIR');
    expect(r.stdout).toContain('--urls FILE');
  });

  it('should exit 2 with a hint on a usage mistake', async () => {
    const r = await runMain('check', '--format', 'xlsx', 'a.txt');
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining('--format 只能是 tsv|csv|md') });
    expect(r.stderr).toContain('xxgk-audit --help');
  });

  it('should check every .html/.htm/.txt/.md/.docx/.pdf of a directory, sorted, recursively, and skip other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-dir-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(seedFile('004'), join(dir, 'b.txt'));
    copyFileSync(seedFile('000'), join(dir, 'sub', 'a.TXT'));
    copyFileSync(join(DOCX, 'seed-001.docx'), join(dir, 'c.docx'));
    writeFileSync(join(dir, 'a.html'), '<html><head><title>首页</title></head><body><p>欢迎</p></body></html>');
    writeFileSync(join(dir, 'notes.md'), '# 备忘');
    writeFileSync(join(dir, 'skip.csv'), 'a,b');
    writeFileSync(join(dir, 'old.doc'), OLE2);
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4');
    const r = await runMainWith(['check', '--json', dir], { workerUrl: SOURCE_WORKER });
    expect(r.code).toBe(2); // scan.pdf is damaged
    expect(JSON.parse(r.stdout).map((x: CliReport) => [x.source, x.detected, x.agency, x.error !== undefined])).toEqual([
      [join(dir, 'a.html'), false, null, false],
      [join(dir, 'b.txt'), true, '北京市通州区漷县镇人民政府', false],
      [join(dir, 'c.docx'), true, '北京市东城区人民政府办公室', false],
      [join(dir, 'notes.md'), false, null, false],
      [join(dir, 'scan.pdf'), false, null, true],
      [join(dir, 'sub', 'a.TXT'), true, '北京市通州区国资委', false],
    ]);
  });

  it('should refuse an empty directory as unreadable', async () => {
    const r = await runMain('check', mkdtempSync(join(tmpdir(), 'xxgk-empty-')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('目录中没有 .html/.htm/.txt/.md/.docx/.pdf 文件');
  });

  it('should refuse an empty file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xxgk-empty-file-')), 'report.txt');
    writeFileSync(file, '');
    const r = await runMain('check', file);
    expect([r.code, r.stderr]).toEqual([2, `xxgk-audit: 无法读取 ${file}：内容为空\nxxgk-audit: cannot read ${file}: empty content\n`]);
  });

  it.each([
    ['a doctype only', '<!DOCTYPE html>'],
    ['a comment only', '<!-- 正文 -->'],
    ['empty tags', '<html><head><style>p{}</style></head><body>&nbsp;</body></html>'],
  ])('should refuse a page of %s plainly (issue 11), and still check a page of bare text', async (_what, html) => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-markup-'));
    writeFileSync(join(dir, 'empty.html'), html);
    writeFileSync(join(dir, 'text.html'), '只有一行文字');
    const r = await runMain('check', '--json', join(dir, 'empty.html'), join(dir, 'text.html'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('页面没有任何文字内容');
    expect(JSON.parse(r.stdout).map((x: CliReport) => [x.detected, x.error !== undefined])).toEqual([
      [false, true],
      [false, false],
    ]);
  });

  it('should sniff a file without a known extension: `<` means HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-sniff-'));
    // read as flattened text, the page would give no table 三; read as HTML it gives all 175 cells
    writeFileSync(join(dir, 'page.aspx'), `\n  ${seedPage('000', '<meta charset="utf-8">')}`);
    writeFileSync(join(dir, 'report.dat'), readFileSync(seedFile('001')));
    const r = await runMain('check', '--json', join(dir, 'page.aspx'), join(dir, 'report.dat'));
    expect(
      JSON.parse(r.stdout).map((x: { detected: boolean; agency: string | null; tables: { requests: object | null } }) => [
        x.detected,
        x.agency,
        x.tables.requests !== null,
      ]),
    ).toEqual([
      [true, '北京市通州区国资委', true],
      [true, '北京市东城区人民政府办公室', true],
    ]);
  });

  it('should write the summary to --out and skip non-reports in table output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxgk-out-'));
    writeFileSync(join(dir, 'notice.html'), '<p>通知</p>');
    const out = join(dir, 'summary.txt');
    const summary = await runMain('check', '--out', out, seedFile('000'));
    expect([summary.code, summary.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toContain('结论：一致');
    const md = await runMain('check', '--format', 'md', join(dir, 'notice.html'), seedFile('000'));
    expect(md.stdout.startsWith('## 北京市通州区国资委2023年政府信息公开工作年度报告\n')).toBe(true);
    expect(md.stderr).toContain(`跳过 ${join(dir, 'notice.html')}：未识别为政府信息公开工作年度报告`);
  });
});
