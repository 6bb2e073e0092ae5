/** lib/benchmark, part of the batch stage: what the outside uses, re-exported whole by #lib/batch (npm run rewrite-imports adds to it). */
export { benchmarkMatrix, CARD_NAMES, POSITION_NAMES } from './benchmark-matrix';
export { benchmark, type Benchmark, type BenchmarkInput, busiestYear } from './benchmark';
export { correctionsMap } from './cohort-corrections';
export { type Cohort, COHORT_NAMES, COHORTS, parseCohort } from './cohort';
export { formatRate, formatRateShort, percentOf, rateHeader } from './format-rate';
export { type RateId, RATES } from './rate-definitions';
export { DOT_RADIUS, stripChart, type StripChart } from './strip-chart';
export { STRIP_COLOURS, stripSvg } from './strip-svg';
