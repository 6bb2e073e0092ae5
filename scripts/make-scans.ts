/**
 * Makes the scanned-report fixtures (tests/fixtures/scans) from our real PDFs and real pages, as a
 * scanner would: each page that carries a table rendered at 150 and 300 dpi (pdftoppm), turned by up
 * to 1°, blurred, a red seal stamped over a corner of the last table, Gaussian noise, saved as JPEG,
 * and the pages wrapped as an image-only PDF (img2pdf, which embeds the JPEGs as they are).
 * Real pages are first printed to PDF by Debian Chromium. Deterministic: the same inputs give the
 * same files. Usage: npx tsx scripts/make-scans.ts [name…]   (names as in SOURCES; default all)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inkMask, otsuThreshold, rulingLines } from '#lib/check';
import { ensureChromium } from './ensure-chromium';
import { ensureScanTools } from './ensure-debian-tools';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/scans');

/** Each scan's source, and the angle it is turned by (degrees; the page's skew as fed). */
export const SOURCES: { name: string; file: string; angle: number }[] = [
  { name: 'pdf-001', file: 'tests/fixtures/pdf/001.pdf', angle: 0.6 },
  { name: 'pdf-002', file: 'tests/fixtures/pdf/002.pdf', angle: -0.8 },
  { name: 'pdf-003', file: 'tests/fixtures/pdf/003.pdf', angle: 1.0 },
  { name: 'page-pingtan-shs-2023', file: 'tests/fixtures/corpus/html/pingtan-shs-2023.html', angle: -0.4 },
  { name: 'page-pingtan-hzs-2024', file: 'tests/fixtures/corpus/html/pingtan-hzs-2024.html', angle: 0.9 },
];
export const DPIS = [150, 300] as const;

/** The labels that mark a page carrying one of the three tables (表四 prints 结果维持 in narrow cells: pdftotext gives 维持 apart). */
const TABLE_PAGE = /本年制发件数|本年新收|结转下年度继续办理|维\s*持|尚\s*未\s*审\s*结|复议后起诉/;

export const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });

/** The pages of a PDF that carry one of the tables (1-based), by their text (pdftotext). */
export function tablePages(pdf: string): number[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).toString())![1]);
  const pages: number[] = [];
  for (let p = 1; p <= count; p++) if (TABLE_PAGE.test(run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).toString())) pages.push(p);
  return pages;
}

/** The bottom-right corner of the lowest table on a page image, in pixels (our own ruling-line finder). */
function tableCorner(png: string, dpi: number): { x: number; y: number } | null {
  const pgm = run('/usr/bin/convert', [png, '-colorspace', 'gray', '-depth', '8', 'pgm:-']);
  const [, w, h] = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
  const width = Number(w);
  const height = Number(h);
  const img = { width, height, data: new Uint8Array(pgm.subarray(pgm.length - width * height)) };
  const segs = rulingLines(inkMask(img, otsuThreshold(img)), width, height, dpi);
  const hs = segs.filter((s) => s.y1 === s.y2);
  if (hs.length === 0) return null;
  const bottom = hs.reduce((a, b) => (b.y1 > a.y1 ? b : a));
  return { x: bottom.x2, y: bottom.y1 };
}

/**
 * One page of a PDF scanned as the recipe says (pdftoppm, seal on the last table, turn, blur, noise, JPEG);
 * `draw` are ImageMagick drawing arguments applied to the page as printed, before the scanner's steps
 * (the OCR property test damages a digit with them). Returns the JPEG's path.
 */
export function scanPage(src: string, page: number, dpi: number, angle: number, stamp: boolean, work: string, draw: string[] = [], noiseSeed?: number): string {
  const base = path.join(work, `p${page}-${dpi}`);
  run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', '-png', src, base]);
  const png = `${base}.png`;
  const args = [png, ...draw];
  if (stamp) {
    const corner = tableCorner(png, dpi);
    if (corner) {
      // a seal 1.6 in across, its centre inside the table near the corner: it covers the last cells
      const r = Math.round(dpi * 0.8);
      const cx = corner.x - Math.round(r * 0.5);
      const cy = corner.y - Math.round(r * 0.3);
      const sw = Math.max(2, Math.round(dpi / 40));
      args.push(
        '(',
        '+clone',
        '-fill',
        'white',
        '-colorize',
        '100',
        '-fill',
        'none',
        '-stroke',
        'rgb(215,35,40)',
        '-strokewidth',
        String(sw),
        '-draw',
        `circle ${cx},${cy} ${cx + r},${cy}`,
        '-fill',
        'rgb(215,35,40)',
        '-stroke',
        'none',
        '-draw',
        `polygon ${star(cx, cy, r * 0.28).join(' ')}`,
        '-draw',
        `rectangle ${cx - r * 0.6},${cy + r * 0.38} ${cx + r * 0.6},${cy + r * 0.46}`,
        ')',
        '-compose',
        'multiply',
        '-composite',
      );
    }
  }
  // turned about the centre and cut back to the page's size, as a crooked feed gives
  const size = run('identify', ['-format', '%wx%h', png]).toString().trim();
  args.push('-background', 'white', '-rotate', String(angle), '-gravity', 'center', '-crop', `${size}+0+0`);
  // blur of ~0.4 px at 150 dpi, noise, JPEG at quality 70: what an office scanner gives
  args.push(
    '+repage',
    '-units',
    'PixelsPerInch',
    '-density',
    String(dpi),
    '-blur',
    `0x${(dpi / 150) * 0.5}`,
    '-attenuate',
    '0.25',
    // the noise is random unless seeded: the property test seeds it, so that a run is made again exactly
    ...(noiseSeed === undefined ? [] : ['-seed', String(noiseSeed)]),
    '+noise',
    'Gaussian',
    '-sampling-factor',
    '4:2:0',
    '-quality',
    '70',
    `${base}.jpg`,
  );
  run('/usr/bin/convert', args);
  return `${base}.jpg`;
}

/** A five-pointed star's polygon points around (cx, cy). */
function star(cx: number, cy: number, r: number): string[] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    return `${Math.round(cx + rr * Math.cos(a))},${Math.round(cy + rr * Math.sin(a))}`;
  });
}

/** An HTML file printed to PDF by Debian Chromium (as a user's “save as PDF”), in `work`. */
export function printHtml(file: string, work: string): string {
  const out = path.join(work, 'printed.pdf');
  run(ensureChromium(), ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out}`, `file://${file}`]);
  return out;
}

function main(): void {
  ensureScanTools();
  mkdirSync(OUT, { recursive: true });
  const wanted = process.argv.slice(2);
  for (const s of SOURCES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'scan-'));
    try {
      const abs = path.join(ROOT, s.file);
      const pdf = abs.endsWith('.html') ? printHtml(abs, work) : abs;
      const pages = tablePages(pdf);
      for (const dpi of DPIS) {
        const jpgs = pages.map((p, i) => scanPage(pdf, p, dpi, s.angle * (i % 2 === 0 ? 1 : -0.7), i === pages.length - 1, work));
        const target = path.join(OUT, `${s.name}-${dpi}.pdf`);
        writeFileSync(target, run('img2pdf', ['--producer', '', '--creationdate', '', '--moddate', '', ...jpgs]));
        console.log(`${path.relative(ROOT, target)}: pages ${pages.join(',')} of ${s.file}, ${(readFileSync(target).length / 1024).toFixed(0)} kB`);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

// run as a script, not when check-scans.ts imports the list
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
