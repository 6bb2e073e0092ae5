import type { Lang } from '../model/lang';
import type { Benchmark, BenchmarkGroup, BenchmarkRow, Position, RateCell } from './benchmark';
import { COHORT_NAMES } from './cohort';
import { formatRate, percentOf } from './format-rate';
import { DENOMINATOR_NAMES, RATES } from './rate-definitions';
import { itemAt } from '../model/item-at';

export const BENCHMARK_HEADERS: Record<Lang, string[]> = {
  zh: [
    '年度',
    '同类',
    '同类来源',
    '机关',
    '指标',
    '分母',
    '分子值',
    '分母值',
    '比率',
    '说明',
    '同类排名',
    '同类有值机关数',
    '同类P25',
    '同类P50',
    '同类P75',
    '位置',
    '提示卡',
    '依据数字与报告自身勾稽不符',
    '受理总量',
    '办结量',
    '链接',
  ],
  en: [
    'Year',
    'Cohort',
    'Cohort from',
    'Agency',
    'Rate',
    'Denominator',
    'Numerator',
    'Denominator value',
    'Rate value',
    'As printed',
    'Rank in cohort',
    'Agencies with a value',
    'Cohort P25',
    'Cohort P50',
    'Cohort P75',
    'Position',
    'Card',
    'Figures fail the report’s own arithmetic',
    'Requests handled',
    'Completed',
    'Link',
  ],
};

export const POSITION_NAMES: Record<Lang, Record<Position, string>> = {
  zh: { 'below-p25': '低于P25', 'p25-p50': 'P25–P50', 'p50-p75': 'P50–P75', 'above-p75': '高于P75' },
  en: { 'below-p25': 'below P25', 'p25-p50': 'P25–P50', 'p50-p75': 'P50–P75', 'above-p75': 'above P75' },
};
export const CARD_NAMES: Record<Lang, Record<'high' | 'low', string>> = {
  zh: { high: '显著偏高', low: '显著偏低' },
  en: { high: 'far above the cohort', low: 'far below the cohort' },
};

/** One line of the long 对标 table: what each column holds, as values (numbers stay numbers for the workbook). */
export type BenchmarkLine = (string | number | null)[];

function line(g: BenchmarkGroup, row: BenchmarkRow, cell: RateCell, i: number, lang: Lang): BenchmarkLine {
  // `i` is the rate's index: RATES, a group's stats and a row's rates run in one order
  const def = itemAt(RATES, i, 'rate');
  const s = itemAt(g.stats, i, 'rate stats');
  const vol = (id: string) => row.volumes.find((v) => v.id === id)?.value ?? null;
  return [
    g.year,
    COHORT_NAMES[g.cohort][lang],
    row.cohortSource === 'user' ? (lang === 'zh' ? '用户设定' : 'set by the user') : lang === 'zh' ? '按名称推断' : 'from the name',
    row.agency,
    def.name[lang],
    DENOMINATOR_NAMES[def.denominator][lang],
    cell.rate.numerator,
    cell.rate.denominator,
    cell.rate.value,
    formatRate(cell.rate, lang),
    cell.rank === null ? null : `${cell.rank}/${s.n}`,
    s.n,
    s.p25,
    s.p50,
    s.p75,
    cell.position ? POSITION_NAMES[lang][cell.position] : null,
    cell.card ? CARD_NAMES[lang][cell.card] : null,
    cell.rate.disputed ? (lang === 'zh' ? '是' : 'yes') : null,
    vol('accepted'),
    vol('processed'),
    row.url,
  ];
}

/**
 * The 对标 as a long table: one line per agency and rate (12 a report), under BENCHMARK_HEADERS, for a
 * CSV or a workbook sheet that a pivot table can take. A rate without a value leaves its numbers empty
 * (never 0) and says why in 说明.
 */
export function benchmarkLines(b: Benchmark, lang: Lang): BenchmarkLine[] {
  return b.groups.flatMap((g) => g.rows.flatMap((row) => row.rates.map((cell, i) => line(g, row, cell, i, lang))));
}

/** The long table as text cells (a CSV): rates and percentiles as percentages with one decimal. */
export function benchmarkMatrix(b: Benchmark, lang: Lang): string[][] {
  const pct = new Set([8, 12, 13, 14]);
  return [
    BENCHMARK_HEADERS[lang],
    ...benchmarkLines(b, lang).map((l) => l.map((v, i) => (v === null ? '' : typeof v === 'number' && pct.has(i) ? percentOf(v) : String(v)))),
  ];
}
