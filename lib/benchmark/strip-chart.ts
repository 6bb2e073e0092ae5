import type { Lang } from '../model/lang';
import type { BenchmarkGroup } from './benchmark';
import { COHORT_NAMES } from './cohort';
import { formatRate, percentOf } from './format-rate';
import { DENOMINATOR_NAMES, RATES, type RateId } from './rate-definitions';
import { itemAt } from '../model/item-at';

/** One agency as a dot: where it is drawn and what its tooltip says. */
export interface StripDot {
  cx: number;
  cy: number;
  agency: string;
  /** agency and formatted rate, for the tooltip and the text alternative */
  text: string;
  highlight: boolean;
  card: 'high' | 'low' | null;
  disputed: boolean;
}

/** One cohort's line: its label, the P25–P75 band and the median (when the cohort is large enough), the dots. */
export interface StripRow {
  label: string;
  y: number;
  height: number;
  band: { x1: number; x2: number } | null;
  median: number | null;
  dots: StripDot[];
  /** agencies of the cohort with no value for the rate (not drawn) */
  without: number;
}

/** The drawing of one rate across the cohorts of one year, in pixels; strip-svg.ts and the batch page draw it. */
export interface StripChart {
  rate: RateId;
  width: number;
  height: number;
  title: string;
  /** a sentence for screen readers: what the picture shows */
  summary: string;
  ticks: { x: number; label: string }[];
  plot: { x1: number; x2: number };
  rows: StripRow[];
}

export const DOT_RADIUS = 4;
const LEFT = 150;
const RIGHT = 24;
const TOP = 34;
const AXIS = 26;

/**
 * Lays out the strip chart of one rate: per cohort a line, each agency a dot at its rate (dots at the
 * same place stacked, so none hides another), the cohort's P25–P75 band and median behind them. The
 * scale runs from 0 to 100%, or further when a report's figures put a rate above 100%.
 */
export function stripChart(groups: readonly BenchmarkGroup[], rate: RateId, lang: Lang, highlight: ReadonlySet<string> = new Set(), width = 640): StripChart {
  const index = RATES.findIndex((r) => r.id === rate);
  // `rate` is one of RATES; a group's stats and a row's rates run in RATES order
  const def = itemAt(RATES, index, 'rate');
  const all = groups.flatMap((g) => g.rows.map((r) => itemAt(r.rates, index, 'row rate').rate.value)).filter((v): v is number => v !== null);
  const max = Math.max(1, ...all);
  const plot = { x1: LEFT, x2: width - RIGHT };
  const x = (v: number) => plot.x1 + ((plot.x2 - plot.x1) * v) / max;
  const rows: StripRow[] = [];
  let y = TOP;
  for (const g of groups) {
    const stats = itemAt(g.stats, index, 'rate stats');
    // dots within one diameter of each other share a column and stack upwards from the line
    const stacks = new Map<number, number>();
    const dots: StripDot[] = [];
    for (const r of g.rows) {
      const cell = itemAt(r.rates, index, 'row rate');
      const v = cell.rate.value;
      if (v === null) continue;
      const cx = x(v);
      const bucket = Math.round(cx / (DOT_RADIUS * 2));
      const level = stacks.get(bucket) ?? 0;
      stacks.set(bucket, level + 1);
      dots.push({
        cx,
        cy: level,
        agency: r.agency,
        text: `${r.agency}：${formatRate(cell.rate, lang)}`,
        highlight: highlight.has(r.key),
        card: cell.card,
        disputed: cell.rate.disputed,
      });
    }
    const levels = Math.max(1, ...stacks.values());
    const height = Math.max(36, levels * DOT_RADIUS * 2 + 20);
    const base = y + height - 12;
    for (const d of dots) d.cy = base - d.cy * DOT_RADIUS * 2;
    const year = g.year === null ? '' : `${g.year} `;
    rows.push({
      label: lang === 'zh' ? `${year}${COHORT_NAMES[g.cohort].zh}（n=${stats.n}）` : `${year}${COHORT_NAMES[g.cohort].en} (n=${stats.n})`,
      y,
      height,
      band: stats.p25 === null || stats.p75 === null ? null : { x1: x(stats.p25), x2: x(stats.p75) },
      median: stats.p50 === null ? null : x(stats.p50),
      dots,
      without: g.rows.length - dots.length,
    });
    y += height;
  }
  const ticks = [0, 0.25, 0.5, 0.75, 1, ...(max > 1 ? [max] : [])].map((v) => ({ x: x(v), label: percentOf(v) }));
  const title =
    lang === 'zh'
      ? `${def.name.zh}（分母：${DENOMINATOR_NAMES[def.denominator].zh}）`
      : `${def.name.en} (denominator: ${DENOMINATOR_NAMES[def.denominator].en})`;
  const summary = rows
    .map((r) => {
      const band = r.band ? (lang === 'zh' ? '，阴影为 P25–P75' : ', band P25–P75') : '';
      return lang === 'zh' ? `${r.label}：${r.dots.length} 个机关${band}` : `${r.label}: ${r.dots.length} agencies${band}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
  return { rate, width, height: y + AXIS, title, summary: `${title}${lang === 'zh' ? '。' : '. '}${summary}`, ticks, plot, rows };
}
