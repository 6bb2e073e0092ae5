import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that took longest in CI's last full run (2026-12-06, seconds on two quiet cores), longest first.
 * Without a cache (CI starts from `npm ci`), vitest orders files by project name and then by size, so the
 * small OCR property test started last and ran alone for a minute at the end. Started first, the long
 * files overlap the short ones. A stale or missing entry costs only wall time, never a test.
 */
export const SLOW_FILES = [
  'tests/e2e/viewer-ocr.test.ts', // 75: two OCR runs in Chromium
  'tests/unit/ocr/corrupt-digit.test.ts', // 65: print, damage, scan and OCR
  'tests/e2e/screens.test.ts', // 60
  'tests/e2e/image-tables.test.ts', // 60: OCR of three pictures in Chromium
  'tests/e2e/jurisdiction.test.ts', // 50: a 30-report batch at 0.8 s a start
  'tests/unit/ocr/picture-reading-note.test.ts', // 40: OCR of one picture
  'tests/e2e/batch.test.ts', // 36
  'tests/e2e/layout.test.ts', // 35
  'tests/cli/documents.test.ts', // 33
  'tests/unit/ocr/scan-sample.test.ts', // 27: OCR of a three-page scan
  'tests/e2e/store-assets.test.ts', // 26
  'tests/e2e/third-party.test.ts', // 20: the CLI built again with source maps
  'tests/integration/pdf-matrix.test.ts', // 20
  'tests/property/run-together-mutants.test.ts', // 20
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
