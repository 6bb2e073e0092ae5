/**
 * Dev tool for the OCR matrix: prints every expected cell of one scan that was not read exactly (the
 * reading, its status, confidence and alternatives) and writes the cell's picture as PNG (ImageMagick).
 * Usage: npx tsx scripts/scan-cells-dump.ts pdf-002 150 [out-dir]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPECTED, expectedCells } from '../tests/helpers/corpus';
import { SCAN_SOURCES, scoreScan } from '../tests/helpers/scan-cells';

const [name, dpiArg, out = path.join(os.tmpdir(), 'xxgk-scan-cells')] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const dpi = Number(dpiArg) as 150 | 300;
const s = await scoreScan(name!, dpi);
console.log(`${name}-${dpi}: exact ${s.exact}/${s.total}, wrong ${s.wrong.length}, unread ${s.unread.length}`);
const want = new Map(expectedCells(EXPECTED[SCAN_SOURCES[name!]!]!));
const t = s.check.extraction.tables;
for (const [p, w] of want) {
  const [tb, ...rest] = p.split('.');
  const col = rest.pop()!;
  const c = t[tb as 'requests' | 'review']?.[rest.join('.')]?.[col];
  if (c && c.value === w && c.note !== 'unread') continue;
  const o = c?.ocr;
  console.log(
    `${p}: want ${w} got ${c?.value} raw "${c?.raw}" note ${c?.note} | ocr "${o?.read}" ${o?.status} conf ${o?.confidence.toFixed(3)} alts ${o?.alternatives.map((a) => `${a.text}:${a.p.toExponential(1)}`).join(' ')}`,
  );
  const img = s.check.images.get(p);
  if (img) {
    const f = `${out}/${name}-${dpi}-${p}.pgm`;
    writeFileSync(f, Buffer.concat([Buffer.from(`P5 ${img.width} ${img.height} 255\n`), Buffer.from(img.data)]));
    execFileSync('convert', [f, f.replace('.pgm', '.png')]);
  }
}
console.log(
  'errors',
  s.check.acceptance.errors,
  s.check.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.cells.join('+')}`),
);
console.log('work', JSON.stringify(s.check.report.findings.find((f) => f.rule === 'ocr-read')));
