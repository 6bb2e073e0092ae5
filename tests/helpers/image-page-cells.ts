import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../cli/parse-html';
import { nodeRecognizer } from '../../cli/read-scan-pdf';
import { checkScan } from '../../lib/ocr/check-scan';
import { grayFromPixels } from '../../lib/ocr/gray-image';
import { pictureScale } from '../../lib/ocr/picture-scale';
import { readScan } from '../../lib/ocr/read-scan';
import type { ScanPage } from '../../lib/ocr/scan-page';
import { tableImages } from '../../lib/page/table-images';
import { ensureDebianTools } from '../../scripts/ensure-debian-tools';
import { type ScanScore, scoreCells } from './scan-cells';

export const PAGES = path.resolve(import.meta.dirname, '../fixtures/pages');

/** The pages whose tables are pictures, and the corpus entry their tables were taken from. */
export const IMAGE_PAGES: Record<string, string> = {
  'image-tables.html': 'html/pingtan-hzs-2024.html',
  'image-tables-scanned.html': 'html/pingtan-hzs-2024.html',
};

/**
 * Reads a fixture page's table pictures as the viewer does (识别表格图片): the pictures tableImages
 * collects from the page, each at pictureScale's scale (decoded by ImageMagick, where the viewer draws on
 * a canvas), read by lib/ocr and checked; every cell of 三 and 四 scored against the hand-read ones.
 */
export async function scoreImagePage(file: string): Promise<ScanScore> {
  ensureDebianTools({ convert: 'imagemagick', identify: 'imagemagick' });
  const base = `http://www.example.gov.cn/${file}`;
  const pictures = tableImages(parseHtml(readFileSync(path.join(PAGES, file), 'utf8')), base);
  const scans: ScanPage[] = pictures.map((p, i) => {
    const local = path.join(PAGES, new URL(p.src).pathname);
    const [w, h] = execFileSync('identify', ['-format', '%w %h', local], { encoding: 'utf8' }).split(' ').map(Number) as [number, number];
    const { widthPt, heightPt, up } = pictureScale(w, h, p.shown);
    const [W, H] = [Math.round(w * up), Math.round(h * up)];
    const resize = up === 1 ? [] : ['-resize', `${W}x${H}!`];
    const rgba = execFileSync('convert', [local, ...resize, '-background', 'white', '-alpha', 'remove', '-depth', '8', 'rgba:-'], { maxBuffer: 1 << 30 });
    return { page: i + 1, widthPt, heightPt, image: grayFromPixels(rgba, W, H, 4) };
  });
  const check = checkScan(await readScan(await nodeRecognizer(), scans.length, async (n) => scans[n - 1]!, { pictures: true }), base);
  return scoreCells(check, IMAGE_PAGES[file]!);
}
