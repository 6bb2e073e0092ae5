// @ts-check
/**
 * `npm run mutation`: Stryker over the rules, the text readers, the table mapping and the number parser.
 * The machine's two cores are shared, so one test runner at a time, and incremental mode keeps the results
 * of mutants whose code and tests did not change (reports/stryker-incremental.json, not committed).
 * Run one folder with `npm run mutation -- --mutate 'lib/parse/**\/*.ts'`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner', './scripts/stryker-words-ignorer.mjs'],
  // no mutants in the words of the rule modules (summary, clauseText, message tables): see the plugin
  ignorers: ['words'],
  mutate: [
    'lib/rules/**/*.ts',
    'lib/extract/text/**/*.ts',
    'lib/extract/map/**/*.ts',
    'lib/parse/**/*.ts',
    // words for people, not logic: a changed clause text is caught by reading, not by a test
    '!lib/rules/clause-texts.ts',
  ],
  // TypeScript 7 has no JS API, which Stryker's tsconfig rewriting needs; our tsconfig extends only a file
  // inside the project, so there is nothing to rewrite: point the option at a file that does not exist.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  coverageAnalysis: 'perTest',
  // two runners: the machine's two cores are shared, never more
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  timeoutMS: 30_000,
  // the initial run under load took longer than Stryker's 5-minute default
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 2,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['dist', '.output', 'e2e-artifacts', 'demo-output', 'reports', '.scratch'],
};
