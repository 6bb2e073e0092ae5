import { beforeAll, describe, expect, it } from 'vitest';
import { benchmark, busiestYear, MIN_CARD_DENOMINATOR, type Benchmark } from '../../../lib/benchmark/benchmark';
import { RATES } from '../../../lib/benchmark/rate-definitions';
import { agencyKey } from '../../../lib/history/agency-key';
import { countyBatch } from '../../helpers/county-batch';
import { COUNTY_GOVERNMENT } from '../../helpers/generate-county';
import { realBatch, type BatchReport } from '../../helpers/real-batch';
import type { Values } from '../../helpers/arbitrary-report';

let real: BatchReport[];
beforeAll(async () => {
  real = await realBatch();
});

const rowsOf = (b: Benchmark) => b.groups.flatMap((g) => g.rows.map((r) => ({ ...r, year: g.year, cohort: g.cohort })));

describe('benchmark of the real reports as one batch', () => {
  it('should compare agencies within their year and cohort: governments apart from departments', () => {
    const b = benchmark(real.map((r) => ({ url: r.url, report: r.result.report })));
    const cohorts = Object.fromEntries(rowsOf(b).map((r) => [`${r.agency} ${r.year}`, r.cohort]));
    expect(cohorts).toMatchObject({
      '淮安市人民政府 2024': 'government',
      '淮安市洪泽区人民政府 2024': 'government',
      '洪泽区人民政府 2023': 'government',
      '平潭综合实验区公安局 2024': 'department',
      '平潭综合实验区行政审批局 2024': 'department',
      '平潭综合实验区财政金融局 2024': 'department',
      '上海市人民政府办公厅 2019': 'department',
    });
    for (const g of b.groups) expect(new Set(g.rows.map((r) => r.cohort))).toEqual(new Set([g.cohort]));
    // 2024: three governments (淮安市, 淮安市洪泽区, 平潭综合实验区) and four departments, never one group of seven
    const y2024 = b.groups.filter((g) => g.year === 2024);
    expect(y2024.map((g) => [g.cohort, g.rows.length])).toEqual([
      ['department', 4],
      ['government', 3],
    ]);
    expect(y2024[1]!.rows.map((r) => r.agency).sort()).toEqual(['平潭综合实验区', '淮安市人民政府', '淮安市洪泽区人民政府'].sort());
  });

  it('should take one report per agency and year, keeping the other copies (the page and the crawler text of one report)', () => {
    const b = benchmark(real.map((r) => ({ url: r.url, report: r.result.report })));
    const hzs = rowsOf(b).filter((r) => r.agency === '平潭综合实验区行政审批局' && r.year === 2024);
    expect(hzs).toHaveLength(1);
    expect([hzs[0]!.url, ...hzs[0]!.copies].sort()).toEqual(['corpus/html/pingtan-hzs-2024.html', 'corpus/text/pingtan-hzs-2024.txt']);
  });

  it('should print no percentile in a cohort of fewer than 5 agencies', () => {
    const b = benchmark(real.map((r) => ({ url: r.url, report: r.result.report })));
    for (const g of b.groups) for (const s of g.stats) if (s.n < 5) expect([s.p25, s.p50, s.p75]).toEqual([null, null, null]);
    expect(b.groups.every((g) => g.rows.every((r) => r.rates.every((c) => c.position === null && c.card === null)))).toBe(true);
  });
});

/** An independent hand computation from the generated figures: the rate as numerator/denominator of the values themselves. */
function handRates(v: Values): Record<string, [number, number]> {
  const t = (row: string, col = 'total') => v.requests[row]![col]!;
  const sum = (prefix: string) =>
    Object.keys(v.requests)
      .filter((k) => k.startsWith(`${prefix}.`))
      .reduce((s, k) => s + t(k), 0);
  const decided = (g: string) => v.review[g]!.total! - v.review[g]!.pending!;
  const corrected = (g: string) => v.review[g]!.corrected!;
  const done = t('totalProcessed');
  return {
    granted: [t('granted'), done],
    substantive: [t('granted') + t('partial'), done],
    denied: [sum('denied'), done],
    unable: [sum('unable'), done],
    notProcessed: [sum('notProcessed'), done],
    otherHandled: [sum('other'), done],
    notHeldShare: [t('unable.notHeld'), sum('unable')],
    carryForward: [t('carriedForward'), t('newReceived') + t('carriedOver')],
    naturalShare: [t('newReceived', 'natural'), t('newReceived')],
    reconsiderationCorrection: [corrected('reconsideration'), decided('reconsideration')],
    litigationCorrection: [
      corrected('litigationDirect') + corrected('litigationAfterReconsideration'),
      decided('litigationDirect') + decided('litigationAfterReconsideration'),
    ],
    overallCorrection: [
      corrected('reconsideration') + corrected('litigationDirect') + corrected('litigationAfterReconsideration'),
      decided('reconsideration') + decided('litigationDirect') + decided('litigationAfterReconsideration'),
    ],
  };
}

/** PERCENTILE.INC written out once more, apart from the library's. */
function excelPercentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  return s[Math.floor(h)]! + (h - Math.floor(h)) * (s[Math.ceil(h)]! - s[Math.floor(h)]!);
}

describe('benchmark of a generated county of 40 agencies over two years', () => {
  const county = countyBatch();
  const b = benchmark(county.map((r) => ({ url: r.url, report: r.result.report })));

  it('should give every agency every rate exactly as the hand computation from its figures, or no value where the denominator is 0', () => {
    let compared = 0;
    for (const r of county) {
      const row = rowsOf(b).find((x) => x.key === agencyKey(r.agency) && x.year === r.year)!;
      const hand = handRates(r.values);
      for (const cell of row.rates) {
        const [num, den] = hand[cell.rate.id]!;
        expect([cell.rate.id, cell.rate.numerator, cell.rate.denominator]).toEqual([cell.rate.id, num, den]);
        expect(cell.rate.value).toBe(den === 0 ? null : num / den);
        compared++;
      }
    }
    expect(compared).toBe(80 * RATES.length);
  });

  it('should separate the cohorts: 25 departments, 14 townships, the county government alone', () => {
    const sizes = b.groups.map((g) => [g.year, g.cohort, g.rows.length]);
    expect(sizes).toEqual([
      [2024, 'department', 25],
      [2024, 'government', 1],
      [2024, 'township', 14],
      [2023, 'department', 25],
      [2023, 'government', 1],
      [2023, 'township', 14],
    ]);
    expect(b.groups.find((g) => g.cohort === 'government')!.rows[0]!.agency).toBe(COUNTY_GOVERNMENT);
  });

  it('should give each cohort P25/P50/P75 as Excel PERCENTILE.INC over the agencies with a value, ranks with ties, positions and cards', () => {
    for (const g of b.groups) {
      for (const [i, s] of g.stats.entries()) {
        const values = g.rows.map((r) => r.rates[i]!.rate.value).filter((v): v is number => v !== null);
        expect(s.n).toBe(values.length);
        if (values.length < 5) {
          expect(s.p50).toBeNull();
          continue;
        }
        expect(s.p25).toBeCloseTo(excelPercentile(values, 0.25), 12);
        expect(s.p50).toBeCloseTo(excelPercentile(values, 0.5), 12);
        expect(s.p75).toBeCloseTo(excelPercentile(values, 0.75), 12);
        for (const r of g.rows) {
          const c = r.rates[i]!;
          if (c.rate.value === null) {
            expect([c.rank, c.position, c.card]).toEqual([null, null, null]);
            continue;
          }
          expect(c.rank).toBe(1 + values.filter((v) => v > c.rate.value!).length);
          if (c.card) expect(c.rate.denominator).toBeGreaterThanOrEqual(MIN_CARD_DENOMINATOR);
        }
      }
    }
  });

  it('should let the user move an agency to another cohort', () => {
    const moved = benchmark(
      county.map((r) => ({ url: r.url, report: r.result.report })),
      new Map([[agencyKey('青山县城关镇人民政府')!, 'department' as const]]),
    );
    const dept = moved.groups.find((g) => g.year === 2024 && g.cohort === 'department')!;
    expect(dept.rows).toHaveLength(26);
    expect(dept.rows.find((r) => r.agency === '青山县城关镇人民政府')!.cohortSource).toBe('user');
  });
});

describe('busiestYear', () => {
  it('should pick the year with the most agencies, the newer of equals', () => {
    const county = countyBatch();
    const only2023 = county.filter((r) => r.year === 2023 || r.agency.endsWith('财政局'));
    expect(busiestYear(benchmark(only2023.map((r) => ({ url: r.url, report: r.result.report }))))).toBe(2023);
    expect(busiestYear(benchmark(county.map((r) => ({ url: r.url, report: r.result.report }))))).toBe(2024);
    expect(busiestYear(benchmark([]))).toBeNull();
  });
});
