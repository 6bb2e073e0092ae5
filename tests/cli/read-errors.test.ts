import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdfPages } from '../../cli/read-pdf-pages';
import type { CliReport } from '../../cli/unreadable-report';
import { openDocument } from '../../lib/attach/open-document';
import { ensureDebianTools } from '../../scripts/ensure-debian-tools';
import { runMain } from './run-main';

const FIXTURES = join(__dirname, '../fixtures');
const SCAN = join(FIXTURES, 'scans/pdf-002-150.pdf');
const reports = (stdout: string) => JSON.parse(stdout) as CliReport[];

/**
 * The CLI's read failures are codes with data, the extension's (lib/attach/unreadable.ts), rendered at the
 * edge: real files it refuses (the real 002.pdf locked by Ghostscript, the seed .docx saved as Word 97-2003
 * by LibreOffice, a real scan) and a missing one.
 */
describe('xxgk-audit check: why an input could not be read, as a code and its words', () => {
  let dir: string;
  let locked: string;
  let doc: string;
  let missing: string;
  let en: Awaited<ReturnType<typeof runMain>>;
  let json: Awaited<ReturnType<typeof runMain>>;
  beforeAll(async () => {
    ensureDebianTools({ gs: 'ghostscript', soffice: 'libreoffice-writer-nogui' });
    dir = mkdtempSync(join(tmpdir(), 'xxgk-read-errors-'));
    locked = join(dir, 'locked.pdf');
    doc = join(dir, 'seed-000.doc');
    missing = join(dir, 'no-such-report.txt');
    const pdf = join(FIXTURES, 'pdf/002.pdf');
    execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-sOwnerPassword=o', '-sUserPassword=u', '-o', locked, pdf]);
    const profile = `-env:UserInstallation=file://${dir}/profile`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'doc', '--outdir', dir, join(FIXTURES, 'docx/seed-000.docx')], { stdio: 'ignore' });
    const inputs = [locked, doc, SCAN, missing];
    // in this thread: the formatting is under test, and a worker's start-up per run costs seconds
    json = await runMain(['check', '--json', ...inputs], { inProcess: true });
    en = await runMain(['check', '--lang', 'en', ...inputs], { inProcess: true });
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should give each refused file its code in --json, beside the words rendered from it', () => {
    expect(json.code).toBe(2);
    expect(reports(json.stdout).map((r) => [r.source, r.detected, r.verdict?.kind, r.errorCode, r.error])).toEqual([
      [
        locked,
        false,
        'unreadable',
        'encrypted-pdf',
        '这份 PDF 设有密码，无法读取；请打开原文核对 (the PDF is password-protected and cannot be read: open the original)',
      ],
      [
        doc,
        false,
        'unreadable',
        'legacy-doc',
        '这是旧版 Word 文档（.doc，Word 97-2003 格式），本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件 (this is a legacy Word document (.doc, Word 97-2003 format), a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file)',
      ],
      [
        SCAN,
        false,
        'unreadable',
        'scanned-pdf',
        '这是扫描版（图片）PDF（3 页均为图片，没有文字），表格无法读取，未作核对；请打开原文人工核对；也可加 --ocr 识别扫描件 (this is a scanned (image-only) PDF (3 pages, no text): its tables cannot be read and were not checked; open the original and check it by eye; or read it by OCR with --ocr)',
      ],
      [missing, false, 'unreadable', 'no-such-file', '文件不存在 (no such file)'],
    ]);
  });

  it('should give the code lib’s front door gives the extension for the same bytes', async () => {
    const loaders = { pdfPages: readPdfPages, docxHtml: () => Promise.reject(new Error('no .docx here')) };
    const codes = await Promise.all(
      [locked, doc, SCAN].map(async (f) => {
        const opened = await openDocument(new Uint8Array(readFileSync(f)), f, null, loaders);
        return opened.ok ? null : opened.refused.reason;
      }),
    );
    expect(codes).toEqual(
      reports(json.stdout)
        .slice(0, 3)
        .map((r) => r.errorCode),
    );
  });

  it('should say why on stderr in Chinese and English whatever the output and --lang (it chooses the summary’s language), and exit 2', () => {
    expect([json.code, en.code]).toEqual([2, 2]);
    expect(json.stderr.split('\n')).toEqual([
      `xxgk-audit: 无法读取 ${locked}：这份 PDF 设有密码，无法读取；请打开原文核对`,
      `xxgk-audit: cannot read ${locked}: the PDF is password-protected and cannot be read: open the original`,
      `xxgk-audit: 无法读取 ${doc}：这是旧版 Word 文档（.doc，Word 97-2003 格式），本程序不能读取这种格式；请打开原文，或在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件`,
      `xxgk-audit: cannot read ${doc}: this is a legacy Word document (.doc, Word 97-2003 format), a format this program cannot read: open the original, or save it as .docx in WPS or Word and check that file`,
      `xxgk-audit: 无法读取 ${SCAN}：这是扫描版（图片）PDF（3 页均为图片，没有文字），表格无法读取，未作核对；请打开原文人工核对；也可加 --ocr 识别扫描件`,
      `xxgk-audit: cannot read ${SCAN}: this is a scanned (image-only) PDF (3 pages, no text): its tables cannot be read and were not checked; open the original and check it by eye; or read it by OCR with --ocr`,
      `xxgk-audit: 无法读取 ${missing}：文件不存在`,
      `xxgk-audit: cannot read ${missing}: no such file`,
      '',
    ]);
    expect(en.stderr).toBe(json.stderr);
    // nothing was read: no summary
    expect(en.stdout).toBe('');
  });
});
