import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that took longest in CI's last full run (2026-12-07, seconds of one worker on two quiet cores; the
 * CLI files as this branch's bundled checking worker made them), longest first. Without a cache (CI starts from
 * `npm ci`), vitest orders files by project name and then by size, so the small OCR property test started last
 * and ran alone for a minute at the end. Started longest first, the long files overlap the short ones and the
 * two workers end together. A stale or missing entry costs only wall time, never a test.
 */
export const SLOW_FILES = [
  'tests/unit/ocr/corrupt-digit.test.ts', // 57: print, damage, scan and OCR
  'tests/e2e/viewer-ocr.test.ts', // 55: two OCR runs in Chromium
  'tests/e2e/screens.test.ts', // 46
  'tests/e2e/batch.test.ts', // 37: 24 reports at 0.8 s a start, then pause, resume and cancel
  'tests/e2e/jurisdiction.test.ts', // 34: a 30-report batch at 0.8 s a start
  'tests/e2e/image-tables.test.ts', // 29: OCR of three pictures in Chromium
  'tests/metamorphic/metamorphic.test.ts', // 27
  'tests/unit/ocr/scan-sample.test.ts', // 27: OCR of a three-page scan
  'tests/e2e/one-reading.test.ts', // 23
  'tests/e2e/store-assets.test.ts', // 23
  'tests/e2e/layout.test.ts', // 20
  'tests/pack/packed-cli.test.ts', // 19: npm pack and install
  'tests/integration/pdf-matrix.test.ts', // 17
  'tests/property/run-together-mutants.test.ts', // 17
  'tests/cli/xxgk-audit.test.ts', // 15: the bundled CLI as a child process
  'tests/metamorphic/one-report.test.ts', // 14
  'tests/cli/documents.test.ts', // 14: LibreOffice's conversions
  'tests/e2e/extension.test.ts', // 13
  'tests/unit/ocr/picture-reading-note.test.ts', // 12: OCR of one picture
  'tests/e2e/popup.test.ts', // 11
  'tests/e2e/firefox-package.test.ts', // 11: web-ext lint (after the Firefox zip, made while the first files run)
  'tests/e2e/third-party.test.ts', // 10: the CLI built again with source maps
  'tests/e2e/decisions.test.ts', // 10
];

/** vitest's order (group, then cache or size), with SLOW_FILES first across the projects of a group. */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FILES.findIndex((s) => f.moduleId.endsWith(s));
      return i < 0 ? SLOW_FILES.length : i;
    };
    const group = (f: TestSpecification) => f.project.config.sequence.groupOrder;
    return sorted
      .map((f, i) => ({ f, i }))
      .sort((a, b) => group(a.f) - group(b.f) || rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}
