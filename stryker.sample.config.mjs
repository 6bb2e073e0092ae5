// @ts-check
import { readFileSync } from 'node:fs';
import base from './stryker.config.mjs';

/**
 * `npm run mutation:sample` (scripts/mutation-sample.ts) runs Stryker through this file: the normal
 * configuration (same mutators, words ignorer, test set, concurrency and timeouts), mutating only the
 * sampled mutants' ranges, with the `sample` ignorer cutting what a range nests. No incremental file: a
 * sample's results must come from this run's tests.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const sampleFile = process.env.STRYKER_SAMPLE;
if (!sampleFile) throw new Error('stryker.sample.config.mjs is run by npm run mutation:sample (STRYKER_SAMPLE unset)');
/** @type {{ ranges: string[], report: string }} */
const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));

export default {
  ...base,
  mutate: sample.ranges,
  plugins: [...(base.plugins ?? []), './scripts/stryker-sample-ignorer.mjs'],
  ignorers: [...(base.ignorers ?? []), 'sample'],
  incremental: false,
  // STRYKER_CONCURRENCY=1: one test runner, when two samples (or a sample and CI) share the two cores
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? base.concurrency),
  // STRYKER_IGNORE_STATIC=1: static mutants (module-level code, run against every test) are not run and show as
  // Ignored; the sampled ones among them are then tested by hand (README, readers' sample)
  ignoreStatic: process.env.STRYKER_IGNORE_STATIC === '1',
  reporters: ['progress-append-only', 'json'],
  jsonReporter: { fileName: sample.report },
};
