/**
 * Dev tool for the OCR matrix: each page of a scan, deskewed, with the ruling lines found drawn in red
 * (PPM → PNG by ImageMagick), to see where a grid lost a line or found one that is not printed.
 * Usage: npx tsx scripts/scan-grid-dump.ts tests/fixtures/scans/pdf-003-150.pdf [out-prefix]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPdf, type PdfJsLike } from '#lib/read';
import { embeddedScan, rulingLines, straighten } from '#lib/check';

const [file, out = path.join(os.tmpdir(), 'xxgk-scan-grid')] = process.argv.slice(2);
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const doc = await openPdf(pdfjs as unknown as PdfJsLike, new Uint8Array(readFileSync(file!)));
for (let n = 1; n <= doc.numPages; n++) {
  const page = (await doc.getPage(n)) as unknown as Parameters<typeof embeddedScan>[0];
  const scan = await embeddedScan(page, pdfjs.OPS, n);
  if (!scan) continue;
  const { image, mask, threshold, skew } = straighten(scan.image);
  const dpi = (image.width / scan.widthPt) * 72;
  const segs = rulingLines(mask, image.width, image.height, dpi);
  const rgb = Buffer.alloc(image.width * image.height * 3);
  for (let i = 0; i < image.data.length; i++) rgb[i * 3] = rgb[i * 3 + 1] = rgb[i * 3 + 2] = image.data[i]!;
  for (const s of segs)
    for (let y = Math.round(s.y1); y <= Math.round(s.y2); y++)
      for (let x = Math.round(s.x1); x <= Math.round(s.x2); x++) {
        const i = (y * image.width + x) * 3;
        rgb[i] = 255;
        rgb[i + 1] = 0;
        rgb[i + 2] = 0;
      }
  const f = `${out}-${n}.ppm`;
  writeFileSync(f, Buffer.concat([Buffer.from(`P6 ${image.width} ${image.height} 255\n`), rgb]));
  execFileSync('convert', [f, f.replace('.ppm', '.png')]);
  console.log(`page ${n}: skew ${skew}, threshold ${threshold}, dpi ${dpi.toFixed(0)}, ${segs.length} segments -> ${f.replace('.ppm', '.png')}`);
}
