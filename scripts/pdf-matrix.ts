/**
 * The PDF producer matrix (tests/fixtures/pdf-matrix): our real fixtures as other producers than WPS
 * export them. Every HTML fixture and .docx through LibreOffice's Writer (as "export as PDF" from Word or
 * Writer), and every HTML fixture printed by Debian Chromium as a user's "save as PDF" of the whole portal
 * page (site chrome, A4, the browser's date/title header and URL/page-number footer). Used by
 * scripts/make-pdf-matrix.ts (which writes the committed fixtures) and by the e2e test that prints one
 * again, so the recipe cannot rot.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs, serve } from './chromium';
import { ensureChromium } from './ensure-chromium';
import { ensureDebianTools, ensureLibreOffice } from './ensure-debian-tools';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const MATRIX_DIR = path.join(FIXTURES, 'pdf-matrix');

export type Producer = 'libreoffice' | 'chromium' | 'cairo' | 'ghostscript';

/** One PDF of the matrix: its source fixture (relative to tests/fixtures) and the producer. */
export interface MatrixEntry {
  source: string;
  producer: Producer;
  /** relative to tests/fixtures/pdf-matrix: `<producer>/<source's name>.pdf` */
  pdf: string;
}

const SEED_PAGES = ['trs', 'word', 'flat'].flatMap((kind) => ['000', '001', '002', '003', '004'].map((id) => `pages/${kind}-${id}.html`));
/** The real HTML fixtures: two whole TRS portal pages, a CMS article without its page, and the seed pages. */
export const HTML_SOURCES = ['corpus/html/pingtan-shs-2023.html', 'corpus/html/pingtan-hzs-2024.html', 'real/shanghai-bgt-2019-fragment.html', ...SEED_PAGES];
export const DOCX_SOURCES = ['000', '001', '002', '003', '004'].map((id) => `docx/seed-${id}.docx`);

const pdfName = (source: string) => `${path.basename(source).replace(/\.(html|docx|pdf)$/, '')}.pdf`;

/** The real reports published as PDF (WPS's exports, copies of ../shared/corpus/pdf), rewritten by other PDF writers. */
export const PDF_SOURCES = ['001', '002', '003'].map((id) => `pdf/${id}.pdf`);

/** Every PDF of the matrix: each HTML page and .docx through LibreOffice, each HTML page through Chromium. */
export const MATRIX: readonly MatrixEntry[] = [
  ...[...HTML_SOURCES, ...DOCX_SOURCES].map((source) => ({ source, producer: 'libreoffice' as const, pdf: `libreoffice/${pdfName(source)}` })),
  ...HTML_SOURCES.map((source) => ({ source, producer: 'chromium' as const, pdf: `chromium/${pdfName(source)}` })),
  ...PDF_SOURCES.flatMap((source) => (['cairo', 'ghostscript'] as const).map((producer) => ({ source, producer, pdf: `${producer}/${pdfName(source)}` }))),
];

/** The program each rewriter runs, and its Debian package. */
const REWRITERS = { cairo: ['pdftocairo', 'poppler-utils'], ghostscript: ['gs', 'ghostscript'] } as const;

/**
 * A PDF written again by another PDF writer, as a user's tools do (a PDF "printed to PDF", merged or
 * compressed): poppler's cairo backend (`pdftocairo -pdf`, which also draws the outline of every glyph WPS
 * prints bold) or Ghostscript's pdfwrite. Returns the tool's version.
 */
export function rewritePdf(producer: 'cairo' | 'ghostscript', from: string, out: string): string {
  const [bin, pkg] = REWRITERS[producer];
  ensureDebianTools({ [bin]: pkg });
  const tool = `/usr/bin/${bin}`;
  mkdirSync(path.dirname(out), { recursive: true });
  if (producer === 'cairo') {
    execFileSync(tool, ['-pdf', from, out], { stdio: 'pipe', timeout: 120_000 });
    // poppler's tools print their version on stderr
    const [version = ''] = spawnSync(tool, ['-v'], { encoding: 'utf8' }).stderr.split('\n');
    return version.trim();
  }
  execFileSync(tool, ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${out}`, from], { stdio: 'pipe', timeout: 120_000 });
  return `Ghostscript ${execFileSync(tool, ['--version'], { encoding: 'utf8' }).trim()}`;
}

/** LibreOffice's version line (`LibreOffice 7.4.7.2 40(Build:2)`), for the fixtures' README. */
export function libreOfficeVersion(): string {
  return execFileSync(ensureLibreOffice(), ['--version'], { encoding: 'utf8' }).trim();
}

/**
 * Converts files to PDF with LibreOffice (`soffice --headless --convert-to pdf`), HTML through Writer's
 * own HTML import (filter "HTML (StarWriter)", as a page opened in Writer and exported), not Writer/Web.
 * A private profile: a second soffice (another user's, or the desktop's) would otherwise take the job.
 */
export function convertWithLibreOffice(files: readonly string[], outDir: string): void {
  const soffice = ensureLibreOffice();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'xxgk-soffice-'));
  mkdirSync(outDir, { recursive: true });
  try {
    const run = (inputs: string[], filter: string[]) =>
      inputs.length > 0 &&
      execFileSync(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          '--headless',
          '--norestore',
          ...filter,
          '--convert-to',
          'pdf:writer_pdf_Export',
          '--outdir',
          outDir,
          ...inputs,
        ],
        { stdio: 'pipe', timeout: 300_000 },
      );
    run(
      files.filter((f) => f.endsWith('.html')),
      ['--infilter=HTML (StarWriter)'],
    );
    run(
      files.filter((f) => !f.endsWith('.html')),
      [],
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The host a page is served under when printed, so the footer's URL reads as a portal's. */
export const PRINT_HOST = 'www.example-portal.gov.cn';

/**
 * Prints pages (relative to tests/fixtures) with Debian Chromium as a user's "save as PDF": the whole
 * page as served (site header, menus, sidebar, footer), A4 portrait, Chromium's default margins and its
 * header (date, page title) and footer (URL, n/N), background graphics off. Returns Chromium's version.
 */
export async function printWithChromium(pages: readonly { source: string; out: string }[]): Promise<string> {
  ensureChromium();
  const server = await serve([FIXTURES], { htmlCharset: 'utf-8' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs('zh-CN') });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    for (const { source, out } of pages) {
      const page = await context.newPage();
      await page.goto(`http://${PRINT_HOST}:${server.port}/${source}`, { waitUntil: 'load' });
      mkdirSync(path.dirname(out), { recursive: true });
      // the margins of Chromium's print dialog (Default: 1 cm), so its header and footer have room
      await page.pdf({ path: out, format: 'A4', displayHeaderFooter: true, margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
      await page.close();
    }
    return browser.version();
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Writes the whole matrix into `dir` (tests/fixtures/pdf-matrix by default). Returns the producers'
 * versions for the README.
 */
export async function makeMatrix(dir = MATRIX_DIR, only?: Producer): Promise<Partial<Record<Producer, string>>> {
  const versions: Partial<Record<Producer, string>> = {};
  for (const producer of ['cairo', 'ghostscript'] as const) {
    if (only !== undefined && only !== producer) continue;
    for (const e of MATRIX.filter((m) => m.producer === producer))
      versions[producer] = rewritePdf(producer, path.join(FIXTURES, e.source), path.join(dir, e.pdf));
  }
  if (only === undefined || only === 'libreoffice') {
    // LibreOffice names its output after the input: convert copies named as the matrix names them
    const work = mkdtempSync(path.join(os.tmpdir(), 'xxgk-matrix-'));
    try {
      const inputs = MATRIX.filter((e) => e.producer === 'libreoffice').map((e) => {
        const copy = path.join(work, 'in', path.basename(e.source));
        mkdirSync(path.dirname(copy), { recursive: true });
        copyFileSync(path.join(FIXTURES, e.source), copy);
        return copy;
      });
      convertWithLibreOffice(inputs, path.join(work, 'out'));
      mkdirSync(path.join(dir, 'libreoffice'), { recursive: true });
      for (const f of readdirSync(path.join(work, 'out'))) renameSync(path.join(work, 'out', f), path.join(dir, 'libreoffice', f));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    versions.libreoffice = libreOfficeVersion();
  }
  if (only === undefined || only === 'chromium')
    versions.chromium = await printWithChromium(MATRIX.filter((e) => e.producer === 'chromium').map((e) => ({ source: e.source, out: path.join(dir, e.pdf) })));
  return versions;
}
