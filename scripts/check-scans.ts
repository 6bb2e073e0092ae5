/**
 * The full OCR matrix: every scan of tests/fixtures/scans (each real PDF and real page at 150 and 300
 * dpi) and each page whose tables are pictures (tests/fixtures/pages/image-tables*.html) read as `--ocr` and the viewer read them, every cell of 三 and 四 against the hand-read cells. Prints, per scan,
 * cells exact / wrong / unread, seconds, and the errors found; exits 1 when any figure read differs
 * from the printed one. Then (unless names are given) the property of tests/unit/ocr/corrupt-digit.test.ts with
 * more runs (OCR_PROPERTY_RUNS, default 12) at both resolutions: one digit damaged, never read as another number.
 * Usage: npm run test:scans [-- name…]
 */
import fc from 'fast-check';
import { DPIS, SOURCES } from './make-scans';
import { corruptRun, corruptRunInput, corruptRunViolations } from '../tests/helpers/corrupt-scan';
import { IMAGE_PAGES, scoreImagePage } from '../tests/helpers/image-page-cells';
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
// the pages whose tables are pictures (识别表格图片), read as the viewer reads them
for (const file of Object.keys(IMAGE_PAGES).filter((f) => wanted.length === 0 || wanted.includes(f))) {
  const started = performance.now();
  const r = await scoreImagePage(file);
  wrong += r.wrong.length;
  const errors = r.check.findings.filter((f) => f.severity === 'error').map((f) => f.stated.join('+'));
  console.log(
    `${file}: exact ${r.exact}/${r.total}, wrong ${r.wrong.length}, unread ${r.unread.length}, ${((performance.now() - started) / 1000).toFixed(0)} s; errors: ${errors.join(', ') || 'none'}`,
  );
  for (const w of r.wrong) console.log(`  WRONG ${w}`);
}
if (wanted.length === 0) {
  const runs = Number(process.env.OCR_PROPERTY_RUNS ?? 12);
  let n = 0;
  const failed = await fc.check(
    fc.asyncProperty(corruptRunInput(DPIS), async (input) => {
      const r = await corruptRun(input);
      const bad = r ? corruptRunViolations(r, input.values) : [];
      const target = r?.check.extraction.tables[r.path.split('.')[0] as 'requests']?.[r.path.split('.').slice(1, -1).join('.')]?.[r.path.split('.').pop()!];
      console.log(
        `damaged digit ${++n}/${runs}: ${r ? `${r.damage} on ${r.path} (${r.printed}) at ${r.dpi} dpi → ${!target || target.note === 'unread' ? 'unread' : `${target.value} (${target.ocr?.status})`}` : 'no figure located'}`,
      );
      for (const l of bad) console.log(`  WRONG ${l}`);
      return bad.length === 0;
    }),
    { numRuns: runs, endOnFailure: true },
  );
  if (failed.failed) wrong++;
}
process.exit(wrong > 0 ? 1 : 0);
