/**
 * OCR of scanned reports (lib/ocr, issue 16): seconds per table page and memory, printed only.
 * - Node (the CLI's `--ocr`: onnxruntime-web wasm, one thread): each page of two scans of 002.pdf
 *   (tests/fixtures/scans, 150 and 300 dpi), the model runs and input columns spent, and the process's
 *   resident memory and wasm/ArrayBuffer memory after the reading;
 * - Chromium's viewer (the built extension): 识别扫描件 on the same 300 dpi scan, from the click to the
 *   verdict, per page, and the page's JS heap.
 * Target (issue 16): ≤ 15 s per table page on this 2-core machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readScanPdf, nodeRecognizer } from '../cli/read-scan-pdf';
import { checkScan } from '#lib/check';
import { EXTENSION, launch, ROOT, serve } from '../scripts/chromium';
import { ensureChromium } from '../scripts/ensure-chromium';

const SCANS = path.join(ROOT, 'tests/fixtures/scans');
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export async function benchOcrNode(): Promise<void> {
  const t0 = performance.now();
  const rec = await nodeRecognizer();
  console.log(`   model load ${((performance.now() - t0) / 1000).toFixed(1)} s (once per process)`);
  for (const name of ['pdf-002-150.pdf', 'pdf-002-300.pdf']) {
    const bytes = new Uint8Array(readFileSync(path.join(SCANS, name)));
    const before = { ...rec.work };
    const started = performance.now();
    const times: number[] = [];
    let last = started;
    const reading = await readScanPdf(bytes, (n) => {
      if (n > 1) times.push(performance.now() - last);
      last = performance.now();
    });
    times.push(performance.now() - last);
    checkScan(reading, name);
    const total = (performance.now() - started) / 1000;
    const cells = reading.pages.reduce((s, p) => s + p.cells, 0);
    const m = process.memoryUsage();
    console.log(
      `   ${name}: ${reading.pages.length} pages, ${cells} cells, ${total.toFixed(1)} s → ${(total / reading.pages.length).toFixed(1)} s per page ` +
        `(pages ${times.map((t) => (t / 1000).toFixed(1)).join(' / ')} s; target ≤ 15 s: ${total / reading.pages.length <= 15 ? 'met' : 'MISSED'}); ` +
        `${rec.work.runs - before.runs} model runs, ${((rec.work.columns - before.columns) / 1000).toFixed(0)}k input columns; ` +
        `rss ${mb(m.rss)}, array buffers ${mb(m.arrayBuffers)}`,
    );
  }
}

export async function benchOcrChromium(): Promise<void> {
  if (!existsSync(path.join(EXTENSION, 'ocr'))) {
    console.log('   (the extension is not built with its OCR files: run `npx wxt build` first)');
    return;
  }
  ensureChromium();
  const server = await serve([SCANS]);
  const session = await launch('zh-CN');
  try {
    const page = await session.context.newPage();
    await page.goto(
      `chrome-extension://${session.extensionId}/viewer.html?url=${encodeURIComponent(`http://www.bench.gov.cn:${server.port}/pdf-002-300.pdf`)}`,
    );
    await page.locator('button.ocr-start').waitFor({ timeout: 60_000 });
    const pages = await page.locator('.pdf-page').count();
    const started = performance.now();
    await page.locator('button.ocr-start').click();
    await page.locator('.verdict').waitFor({ timeout: 900_000 });
    const s = (performance.now() - started) / 1000;
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(
      `   viewer, pdf-002-300.pdf: ${pages} pages in ${s.toFixed(1)} s from the click (model load included) → ${(s / pages).toFixed(1)} s per page ` +
        `(target ≤ 15 s: ${s / pages <= 15 ? 'met' : 'MISSED'}); JS heap ${mb(heap)} (wasm memory not included)`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

// run alone: npx tsx bench/ocr.ts
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('OCR in Node (--ocr):');
  await benchOcrNode();
  console.log('OCR in Chromium’s viewer:');
  await benchOcrChromium();
}
