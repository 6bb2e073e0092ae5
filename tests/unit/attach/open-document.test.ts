import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBytes } from '../../../cli/read-input';
import { readPdfPages } from '../../../cli/read-pdf-pages';
import { readErrorMessage } from '../../../cli/read-error-message';
import { attachmentKind } from '../../../lib/attach/attachment-kind';
import { type DocumentLoaders, openDocument } from '../../../lib/attach/open-document';
import { sniffBytes } from '../../../lib/attach/sniff-bytes';
import { type Refusal, refusalMessage } from '../../../lib/attach/unreadable';
import { ensureDebianTools } from '../../../scripts/ensure-debian-tools';

const ROOT = join(__dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures');
const CORPUS = '/work/shared/corpus';
const read = (path: string) => new Uint8Array(readFileSync(path));

/** node's pdf.js and mammoth, as the CLI injects them; the extension injects its page builds the same way. */
const LOADERS: DocumentLoaders = {
  pdfPages: readPdfPages,
  async docxHtml(bytes) {
    const { default: mammoth } = await import('mammoth');
    return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  },
};

/** Loaders that fail the test if called: a refusal by sniffing must not open anything. */
const UNUSED: DocumentLoaders = {
  pdfPages: () => Promise.reject(new Error('pdf.js was loaded')),
  docxHtml: () => Promise.reject(new Error('mammoth was loaded')),
};

/** The OLE2 compound-file header that starts every .doc, .wps and .xls (as a portal serves them), then zeros. */
const OLE2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

let dir: string;
let encrypted: Uint8Array;
let legacyDoc: Uint8Array;

beforeAll(() => {
  // real files of the two formats refused after a look inside: the real 002.pdf locked by Ghostscript with a
  // user password, and the seed .docx saved as Word 97-2003 by LibreOffice (the CLI and the extension refuse both)
  ensureDebianTools({ gs: 'ghostscript', soffice: 'libreoffice-writer-nogui' });
  dir = mkdtempSync(join(tmpdir(), 'xxgk-front-door-'));
  execFileSync('gs', [
    '-q',
    '-dBATCH',
    '-dNOPAUSE',
    '-sDEVICE=pdfwrite',
    '-sOwnerPassword=owner',
    '-sUserPassword=user',
    '-o',
    join(dir, 'locked.pdf'),
    join(FIXTURES, 'pdf/002.pdf'),
  ]);
  encrypted = read(join(dir, 'locked.pdf'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'doc', '--outdir', dir, join(FIXTURES, 'docx/seed-000.docx')],
    { stdio: 'ignore' },
  );
  legacyDoc = read(join(dir, 'seed-000.doc'));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sniffBytes: what bytes are, by content first (lib’s front door, shared by the CLI and the extension)', () => {
  it('knows the real documents by their content, whatever they are called', () => {
    expect(sniffBytes(read(join(CORPUS, 'pdf/001.pdf')), 'downfile.jsp?id=1')).toEqual({ kind: 'pdf' });
    expect(sniffBytes(read(join(FIXTURES, 'docx/seed-003.docx')), 'download?id=7')).toEqual({ kind: 'docx' });
    expect(sniffBytes(read(join(CORPUS, 'html/pingtan-shs-2023.html')), 'a')).toEqual({ kind: 'html' });
    expect(sniffBytes(read(join(CORPUS, 'text/pingtan-gaj-2024.txt')), 'a')).toEqual({ kind: 'text' });
    // a portal's HTML page at a …/report.pdf address is a page; the name only decides when the content does not
    expect(sniffBytes(read(join(CORPUS, 'html/pingtan-hzs-2024.html')), 'nb2024.pdf', 'application/pdf', 'pdf')).toEqual({ kind: 'html' });
    expect(sniffBytes(read(join(CORPUS, 'markdown/shuyang-gov-2025.md')), 'a.md', null, 'text')).toEqual({ kind: 'text' });
  });

  it('a PDF with up to 1 KiB of junk before its header is a PDF (readers accept it); further in it is not', () => {
    const pdf = read(join(CORPUS, 'pdf/003.pdf'));
    const junk = (n: number) => new Uint8Array([...new Array(n).fill(0x20), ...pdf.subarray(0, 4096)]);
    expect(sniffBytes(junk(1019), 'x')).toEqual({ kind: 'pdf' });
    expect(sniffBytes(junk(1020), 'x')).not.toEqual({ kind: 'pdf' });
  });

  it('refuses by code, naming what the file is: OLE2 by its name or type, binaries by format, a .pdf that is neither', () => {
    expect(sniffBytes(legacyDoc, 'report.doc')).toEqual({ refused: { reason: 'legacy-doc' } });
    expect(sniffBytes(OLE2, '2023年报.wps')).toEqual({ refused: { reason: 'wps' } });
    expect(sniffBytes(OLE2, 'download?id=3', 'application/kswps')).toEqual({ refused: { reason: 'wps' } });
    expect(sniffBytes(OLE2, 'table.xls')).toEqual({ refused: { reason: 'legacy-excel' } });
    expect(sniffBytes(OLE2, 'download?id=3')).toEqual({ refused: { reason: 'legacy-doc' } });
    expect(sniffBytes(read(join(ROOT, 'public/icon/16.png')), 'logo.png')).toEqual({ refused: { reason: 'unsupported', format: 'image' } });
    expect(sniffBytes(new Uint8Array([1, 0, 2, 0, 3]), 'blob')).toEqual({ refused: { reason: 'unsupported', format: 'binary' } });
    expect(sniffBytes(new TextEncoder().encode('not a pdf at all'), 'x.pdf', null, 'pdf')).toEqual({ refused: { reason: 'not-pdf' } });
    expect(sniffBytes(new TextEncoder().encode('not a pdf either'), 'download?id=9', 'application/pdf')).toEqual({ refused: { reason: 'not-pdf' } });
    expect(sniffBytes(new Uint8Array(0), 'x.html')).toEqual({ refused: { reason: 'empty' } });
  });

  it('attachmentKind (viewer, batch) is the same sniff: pdf, docx, doc, wps, other, or null for a page', () => {
    expect(attachmentKind(read(join(CORPUS, 'pdf/002.pdf')), 'x')).toBe('pdf');
    expect(attachmentKind(read(join(FIXTURES, 'docx/seed-000.docx')), 'x')).toBe('docx');
    expect(attachmentKind(legacyDoc, 'x.doc')).toBe('doc');
    expect(attachmentKind(OLE2, 'x.wps')).toBe('wps');
    expect(attachmentKind(OLE2, 'x.xls')).toBe('other');
    expect(attachmentKind(read(join(CORPUS, 'html/pingtan-shs-2023.html')), 'nb.pdf')).toBeNull();
    expect(attachmentKind(new TextEncoder().encode('garbage'), 'nb.pdf')).toBe('pdf'); // pdf.js says damaged
  });
});

describe('openDocument: the document read, or refused with a code (pdf.js and mammoth injected)', () => {
  it('reads the real PDF, .docx, page and text', async () => {
    const pdf = await openDocument(read(join(CORPUS, 'pdf/002.pdf')), '002.pdf', 'application/pdf', LOADERS);
    expect(pdf.ok && pdf.kind === 'pdf' && pdf.pages.length).toBeGreaterThan(1);
    const docx = await openDocument(read(join(FIXTURES, 'docx/seed-000.docx')), 'x', null, LOADERS);
    expect(docx.ok && docx.kind === 'docx' && docx.html).toMatch(/<table>/);
    const gbk = await openDocument(read(join(CORPUS, 'html/pingtan-shs-2023.html')), 'x.html', 'text/html', UNUSED, 'html');
    expect(gbk.ok && gbk.kind === 'html' && gbk.text).toContain('政府信息公开');
  });

  it('refuses a real scan with its page count and keeps its pages (for the viewer and --ocr)', async () => {
    const scan = await openDocument(read(join(FIXTURES, 'scans/pdf-002-150.pdf')), 'scan.pdf', null, LOADERS);
    expect(scan.ok).toBe(false);
    if (scan.ok) return;
    expect(scan.refused).toEqual({ reason: 'scanned-pdf', pages: scan.pages?.length });
    expect(scan.pages!.length).toBeGreaterThan(0);
    expect(refusalMessage(scan.refused).zh).toContain(`扫描版（图片）PDF（${scan.pages!.length} 页均为图片，没有文字）`);
  });

  it('refuses a real password-protected PDF as encrypted, and a damaged one as corrupt with pdf.js’s reason', async () => {
    expect(await openDocument(encrypted, 'locked.pdf', null, LOADERS)).toEqual({ ok: false, kind: 'pdf', refused: { reason: 'encrypted-pdf' } });
    const real = read(join(CORPUS, 'pdf/001.pdf'));
    const cut = await openDocument(real.subarray(0, 2000), 'cut.pdf', null, LOADERS);
    expect(cut).toMatchObject({ ok: false, kind: 'pdf', refused: { reason: 'corrupt', detail: expect.any(String) } });
  });

  it('refuses what sniffing refuses without loading pdf.js or mammoth, and an empty page as no text', async () => {
    expect(await openDocument(legacyDoc, 'report.doc', null, UNUSED)).toEqual({ ok: false, refused: { reason: 'legacy-doc' } });
    const page = new TextEncoder().encode('<!doctype html><html><head><title></title></head><body><!-- --><p>&nbsp;</p></body></html>');
    expect(await openDocument(page, 'x.html', 'text/html', UNUSED)).toEqual({ ok: false, refused: { reason: 'no-text' } });
  });
});

describe('one code for each refusal, the CLI’s and the extension’s, and one set of words for it', () => {
  const cases: [string, () => Uint8Array, string, Refusal][] = [
    ['a legacy .doc', () => legacyDoc, 'report.doc', { reason: 'legacy-doc' }],
    ['a .wps', () => OLE2, '2023年报.wps', { reason: 'wps' }],
    ['an image', () => read(join(ROOT, 'public/icon/16.png')), 'logo.png', { reason: 'unsupported', format: 'image' }],
    ['a locked PDF', () => encrypted, 'locked.pdf', { reason: 'encrypted-pdf' }],
    ['a .pdf that is not one', () => new TextEncoder().encode('not a pdf'), 'x.pdf', { reason: 'not-pdf' }],
  ];
  it.each(cases)('%s: the CLI gives the shared code and says what the shared table says', async (_, bytes, name, refusal) => {
    const cli = await fromBytes(`/tmp/${name}`, bytes(), null);
    expect(cli.ok).toBe(false);
    if (cli.ok) return;
    expect(cli.refused).toEqual(refusal);
    expect(readErrorMessage(cli.refused)).toEqual(refusalMessage(refusal));
  });

  it('the CLI adds only its own advice to a scan: --ocr', async () => {
    const cli = await fromBytes('/tmp/scan.pdf', read(join(FIXTURES, 'scans/pdf-002-150.pdf')), 'pdf');
    expect(cli.ok).toBe(false);
    if (cli.ok) return;
    expect(cli.refused.reason).toBe('scanned-pdf');
    const words = readErrorMessage(cli.refused);
    expect(words.zh).toMatch(/^这是扫描版（图片）PDF（\d+ 页均为图片，没有文字）.*；也可加 --ocr 识别扫描件$/);
    expect(words.en).toMatch(/^this is a scanned \(image-only\) PDF \(\d+ pages?, no text\).*; or read it by OCR with --ocr$/);
  });
});
