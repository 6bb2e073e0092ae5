import { agencyKey } from '../history/agency-key';
import type { ReportFacts } from '../model/public-report';
import { readState } from '../model/read-state';
import { type AgencyRates, agencyRates, type RateValue, type VolumeValue } from './agency-rates';
import { cohortOf, COHORTS, type Cohort } from './cohort';
import { percentileInc } from './percentile';
import { rankWithTies } from './rank-with-ties';
import { RATES, type RateId } from './rate-definitions';
import { itemAt } from '../model/item-at';

/** Percentiles are printed only for a cohort of at least this many agencies with a value (the peer's guard too). */
export const MIN_COHORT = 5;
/** A card (an agency far outside its cohort) needs at least this many cases under the rate. */
export const MIN_CARD_DENOMINATOR = 30;

/** A report of the batch or of the history: where it was read and what it says. */
export interface BenchmarkInput {
  url: string;
  report: ReportFacts;
}

/** Where an agency's rate lies in its cohort's distribution (P25, P50, P75 inclusive on their upper side). */
export type Position = 'below-p25' | 'p25-p50' | 'p50-p75' | 'above-p75';

/** One rate of one agency within its cohort. `card`: outside the cohort's Tukey fences (P25 − 1.5·IQR, P75 + 1.5·IQR). */
export interface RateCell {
  rate: RateValue;
  /** 1 = highest in the cohort; ties share a rank; null without a value */
  rank: number | null;
  position: Position | null;
  card: 'high' | 'low' | null;
}

export interface RateStats {
  id: RateId;
  /** agencies of the cohort with a value for this rate */
  n: number;
  /** null when n < MIN_COHORT */
  p25: number | null;
  p50: number | null;
  p75: number | null;
}

export interface BenchmarkRow {
  key: string;
  agency: string;
  year: number | null;
  url: string;
  title: string | null;
  cohort: Cohort;
  cohortSource: 'inferred' | 'user';
  rates: RateCell[];
  volumes: VolumeValue[];
  /** other addresses in the input with a report of the same agency and year (page and attachment, two portals) */
  copies: string[];
}

/** The agencies of one year and cohort, compared with each other. */
export interface BenchmarkGroup {
  year: number | null;
  cohort: Cohort;
  rows: BenchmarkRow[];
  stats: RateStats[];
}

export interface Benchmark {
  groups: BenchmarkGroup[];
  /** inputs left out: not a report, no table read, or no agency name to compare by */
  skipped: { url: string; why: 'not-a-report' | 'no-tables' | 'no-agency' }[];
}

/** How full a report's reading is, to choose among copies of one agency and year: full reading first, then more rates. */
function fullness(report: ReportFacts, rates: AgencyRates): number {
  const state = readState(report);
  const known = rates.rates.filter((r) => r.value !== null).length;
  return (state === 'full' ? 100 : state === 'partial' ? 50 : 0) + known;
}

interface Picked {
  input: BenchmarkInput;
  key: string;
  rates: AgencyRates;
  copies: string[];
  score: number;
}

/** One report per agency and year (the fullest reading); the other addresses are kept as its copies. */
function pickReports(inputs: readonly BenchmarkInput[], skipped: Benchmark['skipped']): Picked[] {
  const chosen = new Map<string, Picked>();
  for (const input of inputs) {
    const r = input.report;
    const key = agencyKey(r.agency);
    if (!r.detected) skipped.push({ url: input.url, why: 'not-a-report' });
    else if (readState(r) === 'none') skipped.push({ url: input.url, why: 'no-tables' });
    else if (key === null) skipped.push({ url: input.url, why: 'no-agency' });
    else {
      const id = `${key}#${r.year ?? ''}`;
      const rates = agencyRates(r);
      const score = fullness(r, rates);
      const seen = chosen.get(id);
      if (!seen) chosen.set(id, { input, key, rates, copies: [], score });
      else if (score > seen.score) chosen.set(id, { input, key, rates, copies: [...seen.copies, seen.input.url], score });
      else seen.copies.push(input.url);
    }
  }
  return [...chosen.values()];
}

function position(v: number, s: RateStats): Position | null {
  if (s.p25 === null || s.p50 === null || s.p75 === null) return null;
  return v < s.p25 ? 'below-p25' : v <= s.p50 ? 'p25-p50' : v <= s.p75 ? 'p50-p75' : 'above-p75';
}

function card(rate: RateValue, s: RateStats): 'high' | 'low' | null {
  if (rate.value === null || s.p25 === null || s.p75 === null || (rate.denominator ?? 0) < MIN_CARD_DENOMINATOR) return null;
  const iqr = s.p75 - s.p25;
  return rate.value > s.p75 + 1.5 * iqr ? 'high' : rate.value < s.p25 - 1.5 * iqr ? 'low' : null;
}

/** Percentiles, ranks, positions and cards of one cohort, rate by rate. */
function compare(year: number | null, cohort: Cohort, members: Omit<BenchmarkRow, 'rates'>[], values: RateValue[][]): BenchmarkGroup {
  // each member's values hold one per rate, in RATES order
  const rateOf = (rs: readonly RateValue[], i: number) => itemAt(rs, i, 'rate value');
  const stats = RATES.map((def, i): RateStats => {
    const known = values.map((rs) => rateOf(rs, i).value).filter((v): v is number => v !== null);
    const sorted = [...known].sort((a, b) => a - b);
    const enough = sorted.length >= MIN_COHORT;
    const at = (p: number) => (enough ? percentileInc(sorted, p) : null);
    return { id: def.id, n: sorted.length, p25: at(0.25), p50: at(0.5), p75: at(0.75) };
  });
  const ranks = RATES.map((_, i) => rankWithTies(values.map((rs) => rateOf(rs, i).value)));
  const rows = members.map(
    (m, a): BenchmarkRow => ({
      ...m,
      // the values of member `a`, pushed with it
      rates: itemAt(values, a, 'member values').map((rate, i) => {
        const s = itemAt(stats, i, 'rate stats');
        return { rate, rank: itemAt(ranks, i, 'rate ranks')[a] ?? null, position: rate.value === null ? null : position(rate.value, s), card: card(rate, s) };
      }),
    }),
  );
  return { year, cohort, rows, stats };
}

/**
 * The 对标 of a set of reports: one report per agency and year, each agency's rates with its rank,
 * position and card **within its year and cohort** (部门 / 县级以上政府 / 乡镇街道; `corrections` maps an
 * agencyKey to the cohort the user set), and each cohort's P25/P50/P75 (none under MIN_COHORT agencies).
 * Groups come newest year first, then in COHORTS order; rows in input order.
 */
export function benchmark(inputs: readonly BenchmarkInput[], corrections: ReadonlyMap<string, Cohort> = new Map()): Benchmark {
  const skipped: Benchmark['skipped'] = [];
  const picked = pickReports(inputs, skipped);
  const groups = new Map<string, { year: number | null; cohort: Cohort; members: Omit<BenchmarkRow, 'rates'>[]; values: RateValue[][] }>();
  for (const {
    input,
    key,
    copies,
    rates: { rates, volumes },
  } of picked) {
    const r = input.report;
    // picked by agencyKey: every report here names its agency
    const agency = r.agency;
    if (!agency) continue;
    const { cohort, source } = cohortOf(r.agency, r.title, corrections, key);
    const id = `${r.year ?? ''}#${cohort}`;
    const g = groups.get(id) ?? { year: r.year, cohort, members: [], values: [] };
    groups.set(id, g);
    g.members.push({ key, agency, year: r.year, url: input.url, title: r.title, cohort, cohortSource: source, volumes, copies });
    g.values.push(rates);
  }
  const ordered = [...groups.values()].sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || COHORTS.indexOf(a.cohort) - COHORTS.indexOf(b.cohort));
  return { groups: ordered.map((g) => compare(g.year, g.cohort, g.members, g.values)), skipped };
}

/**
 * The year most agencies of the benchmark reported for (the newest of equals): what the views and the
 * workbook's pictures show first, since a batch may hold a stray year.
 */
export function busiestYear(b: Benchmark): number | null {
  const count = new Map<number | null, number>();
  for (const g of b.groups) count.set(g.year, (count.get(g.year) ?? 0) + g.rows.length);
  let best: number | null = null;
  let most = -1;
  // groups come newest year first, so a tie keeps the newer year
  for (const [year, n] of count)
    if (n > most) {
      best = year;
      most = n;
    }
  return best;
}
