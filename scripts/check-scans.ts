/**
 * The full OCR matrix: every scan of tests/fixtures/scans (each real PDF and real page at 150 and 300
 * dpi) read as `--ocr` reads it, every cell of 三 and 四 against the hand-read cells. Prints, per scan,
 * cells exact / wrong / unread, seconds, and the errors found; exits 1 when any figure read differs
 * from the printed one. Usage: npm run test:scans [-- name…]
 */
import { DPIS, SOURCES } from './make-scans';
import { scoreScan } from '../tests/helpers/scan-cells';

let wrong = 0;
const wanted = process.argv.slice(2);
for (const s of SOURCES.filter((s) => wanted.length === 0 || wanted.includes(s.name)))
  for (const dpi of DPIS) {
    const started = performance.now();
    const r = await scoreScan(s.name, dpi);
    wrong += r.wrong.length;
    const errors = r.check.findings.filter((f) => f.severity === 'error').map((f) => f.stated.join('+'));
    console.log(
      `${s.name}-${dpi}: exact ${r.exact}/${r.total} (${((100 * r.exact) / r.total).toFixed(1)}%), wrong ${r.wrong.length}, unread ${r.unread.length}, ` +
        `${((performance.now() - started) / 1000).toFixed(0)} s; errors: ${errors.join(', ') || 'none'}`,
    );
    for (const w of r.wrong) console.log(`  WRONG ${w}`);
  }
process.exit(wrong > 0 ? 1 : 0);
