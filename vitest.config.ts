import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { SlowFirstSequencer } from './tests/slow-first-sequencer';

/** Test files of lib's pure folders (and the suites that run its readers over every fixture), sharing modules. */
const PURE_TESTS = [
  'tests/unit/{rules,extract,parse,text,model,report,review,detect,export,evidence,attach,benchmark,page,ocr}/**/*.test.{ts,tsx}',
  'tests/{integration,property,metamorphic}/**/*.test.{ts,tsx}',
];

/**
 * A safety net, not a measure: on a busy machine (another job on one of the two cores) tests that take 1–4 s
 * when quiet took over vitest's 5 s default (history's 10,000-record import: 7.6 s under Node 24). At a load
 * of 20–27 on the two cores (five engineers' jobs at once) the property test of run-together mutants took
 * 96 s and the metamorphic sample's setup over 120 s: the nets are wider than that. Speed is measured by
 * npm run bench, never by a timeout.
 */
const UNIT_NETS = { testTimeout: 240_000, hookTimeout: 480_000 };

/**
 * The net of every `expect.poll` that names none. vitest's default is 1 s: a popup or page on a busy machine can
 * take longer to render its verdict, and most polls in tests/e2e relied on it (stop 30's CI failed one test, unnamed
 * in what CI shows, on a suite that passed here in 9m46s). A poll returns as soon as it holds, so a wide net costs
 * a passing test nothing.
 */
const POLL_NET = { expect: { poll: { timeout: 120_000 } } };

/**
 * What both unit projects share: wxt.config.ts loaded (`wxt/browser` becomes fakeBrowser, auto-imports such
 * as defineContentScript work), Preact's JSX, and the nets.
 */
const unitProject = (test: { name: string; include: string[]; exclude?: string[]; isolate?: boolean; globalSetup?: string[] }) => ({
  plugins: [WxtVitest()],
  esbuild: { jsx: 'automatic' as const, jsxImportSource: 'preact' },
  test: { ...test, restoreMocks: true, ...UNIT_NETS, ...POLL_NET },
});

export default defineConfig({
  test: {
    restoreMocks: true,
    // vitest's default in a run is one worker fewer than the cores: one worker on CI's two, idle while a CLI
    // test waits on its child process or LibreOffice. Two workers took the unit project from 655 s to 503 s
    // on this machine under the same load (measured 2026-12-06).
    maxWorkers: 2,
    // the longest files first (a fresh CI has no timings cache): none left running alone at the end
    sequence: { sequencer: SlowFirstSequencer },
    projects: [
      // lib's own tests, which touch no browser, mock nothing and stub no global: one module graph per worker
      // instead of one per file (import was 40 % of their time: 80 s → 49 s wall, 130 → 79 s CPU for the 128
      // files of tests/unit's lib folders, measured 2026-12-07). Safe because lib declares only
      // (tests/unit/house/front-door.test.ts: no top-level statement but imports, exports and declarations), so
      // a module shared by two files holds nothing one could leave for the other
      // None of them runs the CLI, so none waits for its bundle: after an edit of lib, `vitest run --project unit`
      // starts at once instead of ~20 s later (the CLI's own cases live in tests/cli)
      unitProject({ name: 'unit', include: PURE_TESTS, isolate: false }),
      // the rest, each file in a fresh module graph: fakeBrowser's storage, vi.mock, stubbed globals, the CLI
      // in-process and as a child process, the pages' stores and components. The CLI bundle is rebuilt first
      // when stale: the CLI tests run dist/ (its worker, or the whole program as a child process)
      unitProject({
        name: 'unit-isolated',
        include: ['tests/**/*.test.{ts,tsx}'],
        exclude: ['tests/e2e/**', 'tests/pack/**', 'node_modules/**', ...PURE_TESTS],
        globalSetup: ['tests/build-cli-once.ts'],
      }),
      {
        // the packed CLI (npm pack, then npm install of the tarball with --omit=dev in an empty folder)
        test: {
          name: 'pack',
          include: ['tests/pack/**/*.test.ts'],
          globalSetup: ['tests/build-cli-once.ts'],
          // the unit projects' nets: in CI it runs twice at once, under Node 20 and Node 24 (.ci/run), and at a load
          // of 30 the Node 24 run's npm pack, init and install took over 180 s (2026-12-07)
          ...UNIT_NETS,
        },
      },
      {
        // the built extension in Debian Chromium: one build for all e2e files. They run beside the unit files,
        // each with its own browser, profile and server: vitest puts a project that runs one file at a time in
        // a group of its own after every other, which left one of CI's two cores idle for the 300 s of e2e.
        // Its name sorts first, so its long files start first and the short unit files fill in around them.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/firefox*.test.ts'],
          globalSetup: ['tests/e2e/build-once.ts', 'tests/build-cli-once.ts'],
          // the build runs in the background while the first (unit) files run: each e2e file waits for it
          setupFiles: ['tests/e2e/wait-for-build.ts'],
          // nets, as the unit project's: an e2e file now shares the cores with the unit files
          testTimeout: 180_000,
          hookTimeout: 300_000,
          ...POLL_NET,
        },
      },
      {
        // the Firefox MV2 add-on in Debian firefox-esr (puppeteer-core over WebDriver BiDi), web-ext lint and
        // the sources zip: one `wxt zip -b firefox` for the three, in the background after the Chrome build
        // while the other projects run (its files wait for the zip). Its two files share nothing but the built
        // add-on they read, so they run beside the others: one file at a time put them in a group of their own
        // after every other, 17 s with one worker idle
        test: {
          name: 'firefox',
          include: ['tests/e2e/firefox*.test.ts'],
          globalSetup: ['tests/e2e/zip-firefox-once.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          ...POLL_NET,
        },
      },
    ],
  },
});
