import { browser } from 'wxt/browser';
import type { PdfDocumentLike } from '#lib/read';
import type { OrtLike, PdfImagePage, Recognizer, ScanCheck, ScanPage } from '#lib/check';

/** Where wxt.config.ts copies the model, its dictionary and onnxruntime's wasm (public `ocr/`). */
const OCR_DIR = '/ocr/';
export const OCR_FILES = { model: 'ch_PP-OCRv4_rec_infer.onnx', keys: 'ppocr_keys_v1.txt', wasm: 'ort-wasm-simd-threaded.wasm' } as const;
/** A page drawn for OCR when its scan cannot be taken as pixels: 200 dpi, what the grid reader is tuned for. */
const RENDER_DPI = 200;

const url = (name: string) => browser.runtime.getURL(`${OCR_DIR}${name}` as '/popup.html');

let recognizer: Promise<Recognizer> | null = null;

/**
 * The recogniser, loaded on the first 识别扫描件 only: onnxruntime-web's wasm on one thread (an extension
 * page is not cross-origin isolated) and PP-OCRv4's recognition model, all from the extension's own
 * files. Nothing is fetched from outside.
 */
function loadRecognizer(): Promise<Recognizer> {
  recognizer ??= (async () => {
    // each lazy #lib/check names what it takes in its .then (Vite turns it into `const { … } = await import()`),
    // so that the lazy chunk keeps the OCR modules only, not every module of the check stage's face
    const [ort, { createRecognizer }] = await Promise.all([
      import('onnxruntime-web/wasm'),
      import('#lib/check').then(({ createRecognizer }) => ({ createRecognizer })),
    ]);
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    ort.env.wasm.wasmPaths = { wasm: url(OCR_FILES.wasm) };
    const [model, keys] = await Promise.all([fetch(url(OCR_FILES.model)).then((r) => r.arrayBuffer()), fetch(url(OCR_FILES.keys)).then((r) => r.text())]);
    return createRecognizer(ort as unknown as OrtLike, new Uint8Array(model), keys);
  })();
  recognizer.catch(() => (recognizer = null));
  return recognizer;
}

interface DrawablePage extends PdfImagePage {
  getViewport(o: { scale: number }): { width: number; height: number };
  render(o: { canvasContext: CanvasRenderingContext2D; viewport: unknown; canvas?: HTMLCanvasElement }): { promise: Promise<void>; cancel?(): void };
}

/** An ImageBitmap's pixels at its own size (pdf.js in a browser decodes a scan's JPEG to one), drawn on a canvas. */
function bitmapPixels(bitmap: unknown, width: number, height: number): Uint8ClampedArray | null {
  if (typeof ImageBitmap === 'undefined' || !(bitmap instanceof ImageBitmap)) return null;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(bitmap, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

/**
 * One page as the scan reader takes it: the scan embedded in the PDF at its own size, as pdf.js hands it over
 * (pixels, or an ImageBitmap drawn on a canvas), else the page drawn at RENDER_DPI on a canvas.
 */
async function scanPage(doc: PdfDocumentLike, n: number): Promise<ScanPage> {
  const [{ embeddedScan, grayFromPixels }, { OPS }] = await Promise.all([
    import('#lib/check').then(({ embeddedScan, grayFromPixels }) => ({ embeddedScan, grayFromPixels })),
    import('pdfjs-dist'),
  ]);
  const page = (await doc.getPage(n)) as unknown as DrawablePage;
  const embedded = await embeddedScan(page, OPS, n, bitmapPixels);
  if (embedded) return embedded;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const viewport = page.getViewport({ scale: RENDER_DPI / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d canvas context to draw the page on');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx, viewport, canvas }).promise;
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  canvas.width = canvas.height = 0;
  return { page: n, widthPt: x1 - x0, heightPt: y1 - y0, image: grayFromPixels(pixels, Math.ceil(viewport.width), Math.ceil(viewport.height), 4) };
}

/**
 * Reads a scanned PDF's tables by OCR in this page (the viewer) with lib/ocr, exactly as the CLI's
 * `--ocr`: cells from the ruling lines, each recognised alone, every figure left to the template's
 * sums (checkScan); `names` (a link's text) name the report where OCR read no title on its first
 * page. `onPage(n, of)` is told before each page; `signal` cancels between pages (ScanCancelled is thrown).
 */
export async function ocrScannedPdf(
  doc: PdfDocumentLike,
  source: string,
  options: { onPage?: (n: number, of: number) => void; signal?: AbortSignal; maxPages?: number; names?: readonly string[] } = {},
): Promise<ScanCheck> {
  const [rec, { readScan, checkScan }] = await Promise.all([
    loadRecognizer(),
    import('#lib/check').then(({ readScan, checkScan }) => ({ readScan, checkScan })),
  ]);
  const pages = Math.min(doc.numPages, options.maxPages ?? 300);
  const reading = await readScan(rec, pages, (n) => scanPage(doc, n), {
    ...(options.onPage ? { onPage: options.onPage } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return checkScan(reading, source, options.names ?? []);
}

/**
 * Reads pictures of a page's tables by OCR (识别表格图片), each as one page of a scan, with the same
 * lib/ocr as a scanned PDF; `title` is the page's (the pictures hold tables only), so the report is
 * named, its agency and year known. `onPage(n, of)` is told before each picture; `signal` cancels between them.
 */
export async function ocrScanPages(
  scans: readonly ScanPage[],
  source: string,
  title: string | null,
  options: { onPage?: (n: number, of: number) => void; signal?: AbortSignal } = {},
): Promise<ScanCheck> {
  const [rec, { readScan, checkScan }] = await Promise.all([
    loadRecognizer(),
    import('#lib/check').then(({ readScan, checkScan }) => ({ readScan, checkScan })),
  ]);
  // readScan asks for pages 1…scans.length
  const pageImage = (n: number) => {
    const scan = scans[n - 1];
    return scan ? Promise.resolve(scan) : Promise.reject(new Error(`no scan page ${n} of ${scans.length}`));
  };
  const reading = await readScan(rec, scans.length, pageImage, { ...options, pictures: true });
  return checkScan({ ...reading, doc: { ...reading.doc, title: title ?? reading.doc.title } }, source);
}
