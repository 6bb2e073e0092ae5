import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The test set `npm run mutation` runs against each mutant: the unit project's fast files only.
 * Stryker's vitest runner has no project filter, so this config is the unit project minus what is slow or
 * does not exercise the mutated folders (e2e, pack, Firefox, the CLI child processes, the metamorphic,
 * pdf-matrix and OCR suites). With `vitest.related` on, Stryker runs only the files that import the
 * mutated module.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/property/**/*.test.ts'],
    exclude: [
      'node_modules/**',
      'tests/unit/ocr/**',
      // fetch, batch and history tests exercise pages and storage, not the mutated folders
      'tests/unit/batch/**',
      'tests/unit/history/**',
      'tests/unit/extract/pdf/**',
      'tests/integration/pdf-*.test.ts',
      'tests/integration/no-model-keys.test.ts',
    ],
    restoreMocks: true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
