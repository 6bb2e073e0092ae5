import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { readScanPdf } from '../../cli/read-scan-pdf';
import { checkScan, type ScanCheck } from '../../lib/ocr/check-scan';
import type { ScanReading } from '../../lib/ocr/read-scan';
import type { OcrCell } from '../../lib/ocr/scan-page';
import type { GrayImage } from '../../lib/ocr/gray-image';
import type { RawCell } from '../../lib/extract/raw-table';
import { printHtml, run, scanPage, tablePages } from '../../scripts/make-scans';
import { ensureChromium } from '../../scripts/ensure-chromium';
import { ensureScanTools } from '../../scripts/ensure-debian-tools';
import { consistentReport, type Values } from './arbitrary-report';
import { renderPage, type Raw } from './render-html';

/** How one digit of the printed page is damaged before the scan: an ink blot, half of it rubbed out, another digit struck over it, or replaced. */
export type Damage = 'blot' | 'erase-top' | 'erase-bottom' | 'overstrike' | 'replace';
const DAMAGES: Damage[] = ['blot', 'erase-top', 'erase-bottom', 'overstrike', 'replace'];

/** A word of the printed PDF with its box in points (pdftotext -bbox), on a 1-based page. */
interface Word {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One run of the property: what was damaged, and what the OCR made of the scan. */
export interface CorruptRun {
  /** the damaged cell's path (`requests.row.col`) and its printed figure */
  path: string;
  printed: number;
  /** the figure the page shows after a `replace` (the others leave no clean figure) */
  shown: number | null;
  damage: Damage;
  digit: number;
  dpi: number;
  check: ScanCheck;
  /** what OCR read, before the arithmetic: checkScan may be run on it again */
  reading: ScanReading;
}

const toRaw = (v: Values): Raw => {
  const map = (t: Record<string, Record<string, number>>) =>
    Object.fromEntries(Object.entries(t).map(([r, cols]) => [r, Object.fromEntries(Object.entries(cols).map(([c, x]) => [c, String(x)]))]));
  return { active: map(v.active), requests: map(v.requests), review: map(v.review) };
};

function words(pdf: string, pages: number[]): Word[] {
  const out: Word[] = [];
  for (const page of pages) {
    const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']).toString();
    for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g))
      out.push({ page, text: m[5]!, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) });
  }
  return out;
}

/** The cells of 三 and 四 whose printed figure is a word found once on the table pages: there we know where its digits are. */
function locatable(v: Values, ws: Word[]): { path: string; value: number; word: Word }[] {
  const found: { path: string; value: number; word: Word }[] = [];
  for (const t of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(v[t]))
      for (const [col, value] of Object.entries(cols)) {
        const hits = ws.filter((w) => w.text === String(value));
        if (hits.length === 1) found.push({ path: `${t}.${row}.${col}`, value, word: hits[0]! });
      }
  return found;
}

/** ImageMagick drawing arguments that damage digit `k` of a word, in pixels at `dpi`. */
function damageArgs(w: Word, k: number, damage: Damage, other: number, dpi: number): string[] {
  const s = dpi / 72;
  const dw = (w.x1 - w.x0) / w.text.length;
  const x0 = (w.x0 + k * dw) * s;
  const x1 = x0 + dw * s;
  const y0 = w.y0 * s;
  const y1 = w.y1 * s;
  const h = y1 - y0;
  // the glyph of a digit fills about the middle two thirds of the word's line box
  const g0 = y0 + 0.18 * h;
  const g1 = y1 - 0.18 * h;
  const mid = (g0 + g1) / 2;
  const f = (n: number) => n.toFixed(1);
  const glyph = [
    '-font',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    '-density',
    '72',
    '-pointsize',
    f(0.95 * (g1 - g0)),
    '-fill',
    'black',
    '-annotate',
    `+${f(x0 + 0.05 * dw * s)}+${f(g1)}`,
    String(other),
  ];
  const white = (a: number, b: number) => ['-fill', 'white', '-stroke', 'none', '-draw', `rectangle ${f(x0)},${f(a)} ${f(x1)},${f(b)}`];
  if (damage === 'blot') return ['-fill', 'black', '-draw', `ellipse ${f((x0 + x1) / 2)},${f(mid)} ${f(0.45 * (x1 - x0))},${f(0.3 * (g1 - g0))} 0,360`];
  if (damage === 'erase-top') return white(y0, mid);
  if (damage === 'erase-bottom') return white(mid, y1);
  if (damage === 'overstrike') return glyph;
  return [...white(y0, y1), ...glyph];
}

/** One random run: a consistent report printed by Chromium, one digit damaged on the page, scanned (make-scans' recipe), read by OCR. */
export const corruptRunInput = (dpis: readonly (150 | 300)[]) =>
  fc.record({
    values: consistentReport,
    pick: fc.nat(),
    digit: fc.nat(),
    damage: fc.constantFrom(...DAMAGES),
    other: fc.integer({ min: 1, max: 9 }),
    dpi: fc.constantFrom(...dpis),
    angle: fc.constantFrom(-0.8, -0.3, 0.4, 0.9),
    stamp: fc.boolean(),
    // ImageMagick's seed for the scan's noise: a run is made again exactly from its input
    noise: fc.nat(),
  });

export type CorruptInput = ReturnType<typeof corruptRunInput> extends fc.Arbitrary<infer T> ? T : never;

/** Runs one input of corruptRunInput; null when no figure of 三 and 四 could be located (never, in practice: 总计 are large). */
export async function corruptRun(input: CorruptInput): Promise<CorruptRun | null> {
  ensureScanTools();
  ensureChromium();
  const work = mkdtempSync(path.join(os.tmpdir(), 'ocr-prop-'));
  try {
    const html = path.join(work, 'report.html');
    const page = renderPage(toRaw(input.values), 'word', {
      title: '某区某局2023年政府信息公开工作年度报告',
      before: ['一、总体情况', '本机关认真贯彻落实《中华人民共和国政府信息公开条例》。'],
      after: ['五、存在的主要问题及改进情况', '六、其他需要报告的事项', '无。'],
    });
    // 表四's 15 columns overflow a portrait A4 page at Word's 10.5 pt, and Chromium cuts them off: printed across
    writeFileSync(html, page.replace('</head>', '<style>@page{size:A4 landscape;margin:1.5cm}</style></head>'));
    const pdf = printHtml(html, work);
    const pages = tablePages(pdf);
    const targets = locatable(input.values, words(pdf, pages));
    if (targets.length === 0) return null;
    const t = targets[input.pick % targets.length]!;
    const k = input.digit % t.word.text.length;
    const printed = t.word.text[k]!;
    // the stroke drawn is another digit than the one printed
    const other = (Number(printed) + input.other) % 10;
    const draw = damageArgs(t.word, k, input.damage, other, input.dpi);
    const jpgs = pages.map((p, i) =>
      scanPage(
        pdf,
        p,
        input.dpi,
        input.angle * (i % 2 === 0 ? 1 : -0.7),
        input.stamp && i === pages.length - 1,
        work,
        p === t.word.page ? draw : [],
        input.noise,
      ),
    );
    const scan = path.join(work, 'scan.pdf');
    writeFileSync(scan, run('img2pdf', ['--producer', '', '--creationdate', '', '--moddate', '', ...jpgs]));
    const reading = await readScanPdf(new Uint8Array(readFileSync(scan)));
    // checkScan writes its decisions into the raw cells: a copy is kept as OCR left it
    const check = checkScan(structuredClone(reading), scan);
    const shown = input.damage === 'replace' ? Number(t.word.text.slice(0, k) + String(other) + t.word.text.slice(k + 1)) : null;
    return { path: t.path, printed: t.value, shown, damage: input.damage, digit: k, dpi: input.dpi, check, reading };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What a run broke of the property, as lines (empty when it holds): every cell of 三 and 四 is read as printed or
 * left unread; the damaged one may also be read as the figure a clean replacement shows, but then only with an
 * error naming it (the page does print another figure); and a damage that leaves no clean figure raises no error.
 */
export function corruptRunViolations(r: CorruptRun, values: Values): string[] {
  const out: string[] = [];
  const tables = r.check.extraction.tables;
  const errors = r.check.findings.filter((f) => f.severity === 'error');
  for (const t of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(values[t]))
      for (const [col, want] of Object.entries(cols)) {
        const p = `${t}.${row}.${col}`;
        const cell = tables[t]?.[row]?.[col];
        if (!cell || cell.note === 'unread' || cell.value === want) continue;
        // a clean replacement prints another figure: read so, it must be caught by a sum, or be in none that could be checked
        if (p === r.path && cell.value === r.shown && (errors.some((f) => f.cells.includes(p)) || cell.ocr?.status === 'unproven')) continue;
        out.push(`${p}: read ${cell.value} (${cell.ocr?.status}, first read ${cell.ocr?.read}), printed ${want}`);
      }
  if (r.shown === null) for (const f of errors) out.push(`error ${f.rule} on ${f.cells.join('+')} (${f.expected} ≠ ${f.actual})`);
  return out.map((l) => `${r.damage} on digit ${r.digit} of ${r.path} (${r.printed}) at ${r.dpi} dpi: ${l}`);
}

/** What a run is kept as (tests/fixtures/ocr-runs): its input and what OCR read, cell pictures left out. */
interface RecordedRun {
  input: CorruptInput;
  run: Omit<CorruptRun, 'check' | 'reading'>;
  doc: ScanReading['doc'];
  /** each OCR'd cell by its raw cell's place (table index, row, column), its digit probabilities rounded */
  cells: [number, number, number, Omit<OcrCell, 'image' | 'digits'> & { digits?: { steps: number; p: number[] } }][];
  pages: ScanReading['pages'];
}

/**
 * A run kept so that its arithmetic can be checked again without OCR (a counterexample pinned): gzipped JSON
 * of the input and of what OCR read, without the cells' pictures; digit probabilities below 10⁻⁷ as 0, the
 * others to two significant digits (what the arithmetic weighs them by is ratios of 10⁻⁴ and more).
 */
export function recordRun(r: CorruptRun, input: CorruptInput): Buffer {
  const cells: RecordedRun['cells'] = [];
  for (const t of r.reading.doc.tables)
    for (const row of t.rows)
      for (const c of row) {
        const o = r.reading.cells.get(c);
        if (!o) continue;
        const { image: _image, digits, ...rest } = o;
        cells.push([
          t.index,
          c.row,
          c.col,
          { ...rest, ...(digits ? { digits: { steps: digits.steps, p: Array.from(digits.p, (x) => (x < 1e-7 ? 0 : Number(x.toPrecision(2)))) } } : {}) },
        ]);
      }
  const { check: _check, reading: _reading, ...run } = r;
  const recorded: RecordedRun = { input, run, doc: r.reading.doc, cells, pages: r.reading.pages };
  return gzipSync(JSON.stringify(recorded), { level: 9 });
}

/** A kept run (recordRun) checked again by today's arithmetic and rules: checkScan on what OCR read then. */
export function replayRun(file: string): { run: CorruptRun; values: Values } {
  const recorded = JSON.parse(gunzipSync(readFileSync(file)).toString()) as RecordedRun;
  const blank: GrayImage = { width: 1, height: 1, data: new Uint8Array([255]) };
  const cells = new Map<RawCell, OcrCell>();
  for (const [table, row, col, o] of recorded.cells) {
    const raw = recorded.doc.tables
      .find((t) => t.index === table)
      ?.rows.flat()
      .find((c) => c.row === row && c.col === col);
    if (!raw) continue;
    const { digits, ...rest } = o;
    cells.set(raw, { ...rest, image: blank, ...(digits ? { digits: { steps: digits.steps, p: Float32Array.from(digits.p) } } : {}) });
  }
  const reading: ScanReading = { doc: recorded.doc, cells, pages: recorded.pages };
  const check = checkScan(structuredClone(reading), `${recorded.run.path}.pdf`);
  return { run: { ...recorded.run, check, reading }, values: recorded.input.values };
}
