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
    // the integration and property folders made the initial run take over 5 minutes here (almost every file
    // imports parse-number); the unit folders of the four mutated areas plus the new property file remain
    // STRYKER_TESTS (comma-separated globs) narrows the set to one rule's own test file(s), to score that file alone
    include: process.env.STRYKER_TESTS?.split(',') ?? [
      'tests/unit/rules/**/*.test.ts',
      'tests/unit/extract/{text,map,html,docx}/**/*.test.ts',
      'tests/unit/parse/**/*.test.ts',
      'tests/unit/text/**/*.test.ts',
      'tests/property/blanks-and-years.test.ts',
    ],
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
    // one module graph per worker, not one per test file: a mutant's run imports the pipeline once instead of
    // once per covering file (~8 s each under load). Safe here: Stryker switches mutants at run time through a
    // global, and no test helper caches a result across files (a cache would hide a mutant, not invent a kill)
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
