/**
 * PDF read time per page: pdf.js (legacy build, its fake worker in node) opening the real corpus
 * PDFs and extracting text and ruling lines, then lib's table reader and the rules. Printed only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type PdfJsLike, readPdfBytes } from '#lib/read';
import { checkPdf } from '#lib/check';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, 'tests/fixtures/pdf');
const CMAPS = path.join(ROOT, 'node_modules/pdfjs-dist/cmaps/');

export async function benchPdf(runs = 5): Promise<void> {
  let pagesAll = 0;
  let msAll = 0;
  for (const f of readdirSync(DIR)
    .filter((n) => n.endsWith('.pdf'))
    .sort()) {
    const bytes = new Uint8Array(readFileSync(path.join(DIR, f)));
    // one warm-up (module and font caches), then the mean of `runs`
    await readPdfBytes(pdfjs as unknown as PdfJsLike, bytes, { cMapUrl: CMAPS });
    let readMs = 0;
    let checkMs = 0;
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const content = await readPdfBytes(pdfjs as unknown as PdfJsLike, bytes, { cMapUrl: CMAPS });
      const t1 = performance.now();
      checkPdf(content, f);
      const t2 = performance.now();
      readMs += t1 - t0;
      checkMs += t2 - t1;
      pages = content.length;
    }
    readMs /= runs;
    checkMs /= runs;
    pagesAll += pages;
    msAll += readMs + checkMs;
    console.log(
      `   ${f}  ${pages} pages, ${(bytes.length / 1024).toFixed(0)} kB: pdf.js read ${readMs.toFixed(1)} ms, tables+rules ${checkMs.toFixed(1)} ms  → ${((readMs + checkMs) / pages).toFixed(1)} ms per page`,
    );
  }
  console.log(`   overall ${(msAll / pagesAll).toFixed(1)} ms per page (${pagesAll} pages in ${msAll.toFixed(0)} ms)`);
}
