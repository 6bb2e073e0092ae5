import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../cli/read-pdf-pages';
import type { CliReport } from '../../cli/unreadable-report';
import { checkPdf, checkText } from '../../lib/pipeline';
import { canonicalReport } from '../../lib/report/canonical-report';
import { SEEDS_DIR, seedText } from '../helpers/seeds';

/**
 * What a researcher gets: the package packed with `npm pack`, installed from the tarball into an empty
 * folder with `--omit=dev`, run through its bin on a seed, a PDF and a .docx copied there, far from the
 * repository's node_modules. dist/ is built before (globalSetup): the pack itself runs no script, so
 * that it never rebuilds dist/ under a test that is running it.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SEED = readdirSync(SEEDS_DIR).find((f) => f.startsWith('002'))!;
const PDF = join(ROOT, 'tests/fixtures/pdf/002.pdf');
const DOCX = join(ROOT, 'tests/fixtures/docx/seed-000.docx');

let dir = '';
let app = '';
let packed: string[] = [];

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 170_000 });

function runInstalled(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) =>
    execFile(join(app, 'node_modules/.bin/xxgk-audit'), args, { cwd: app, maxBuffer: 32 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code) : 0, stdout, stderr }),
    ),
  );
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xxgk-pack-'));
  const [info] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT)) as { filename: string; files: { path: string }[] }[];
  packed = info!.files.map((f) => f.path).sort();
  app = join(dir, 'app');
  mkdirSync(app);
  npm(['init', '-y'], app);
  npm(['install', join(dir, info!.filename), '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], app);
  copyFileSync(join(SEEDS_DIR, SEED), join(app, 'seed.txt'));
  copyFileSync(PDF, join(app, 'report.pdf'));
  copyFileSync(DOCX, join(app, 'report.docx'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed CLI installed from its tarball with --omit=dev', () => {
  it('should hold the bin, the bundle, the README, the licences and package.json only, and install without the dev tools', () => {
    expect(packed.filter((f) => !/^dist\/(check-worker|xxgk-audit|[\w-]+-[\w-]{8})\.mjs$/.test(f))).toEqual([
      'LICENSE',
      'README.md',
      'bin/xxgk-audit.mjs',
      'package.json',
      'public/THIRD-PARTY-NOTICES.txt',
    ]);
    expect(packed).toEqual(expect.arrayContaining(['dist/xxgk-audit.mjs', 'dist/check-worker.mjs']));
    const modules = join(app, 'node_modules');
    expect(['pdfjs-dist', 'mammoth', 'write-excel-file'].map((m) => existsSync(join(modules, m)))).toEqual([true, true, true]);
    // no TypeScript loader at run time, no build tools, and what the bundle holds is not installed again
    expect(['tsx', 'vite', 'wxt', 'typescript', 'parse5', 'linkedom', 'zod'].filter((m) => existsSync(join(modules, m)))).toEqual([]);
  });

  it('should check a seed with --json exactly as the pipeline does (exit 1: seed 002 has errors)', async () => {
    const r = await runInstalled('check', 'seed.txt', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([canonicalReport(checkText(seedText('002'), 'seed.txt').report)]);
  });

  it('should read a PDF through the installed pdf.js (its cmaps found in its own package) and a .docx through mammoth', async () => {
    const r = await runInstalled('check', '--json', 'report.pdf', 'report.docx');
    expect(r.stderr).toBe('');
    const [pdf, docx] = JSON.parse(r.stdout) as CliReport[];
    expect(pdf).toEqual(canonicalReport(checkPdf(await readPdfPages(new Uint8Array(readFileSync(PDF))), 'report.pdf').report));
    expect(pdf).toMatchObject({ detected: true, agency: '洪泽区人民政府', year: 2023 });
    expect(docx!.tables).toEqual(checkText(seedText('000'), '').report.tables);
    expect(r.code).toBe(1);
  });

  it('should print its help and write the workbook with --xlsx', async () => {
    const help = await runInstalled('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('xxgk-audit check [选项 options]');
    const r = await runInstalled('check', '--xlsx', 'all.xlsx', 'seed.txt');
    expect(r.code).toBe(1);
    // an .xlsx is a ZIP: PK\3\4
    expect([...readFileSync(join(app, 'all.xlsx')).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
