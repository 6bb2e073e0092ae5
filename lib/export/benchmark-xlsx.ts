import type { Benchmark } from '../benchmark/benchmark';
import { COHORT_NAMES } from '../benchmark/cohort';
import { rateHeader } from '../benchmark/format-rate';
import { DENOMINATOR_NAMES, RATES } from '../benchmark/rate-definitions';
import type { Lang } from '../model/lang';
import { itemAt } from '../model/item-at';
import type { XlsxCell, XlsxImage, XlsxRow, XlsxSheet } from './batch-xlsx';

export const BENCHMARK_SHEET_NAMES = {
  zh: { lines: '对标', stats: '对标分位', pictures: '对标图' },
  en: { lines: 'Benchmark', stats: 'Benchmark percentiles', pictures: 'Benchmark charts' },
} as const;

const head = (value: string, more: XlsxCell = {}): XlsxCell => ({
  value,
  fontWeight: 'bold',
  align: 'center',
  alignVertical: 'center',
  wrap: true,
  backgroundColor: '#eeeeee',
  ...more,
});

const ID_HEADERS: Record<Lang, string[]> = {
  zh: ['年度', '同类', '同类来源', '机关', '受理总量', '办结量', '链接'],
  en: ['Year', 'Cohort', 'Cohort from', 'Agency', 'Requests handled', 'Completed', 'Link'],
};
const RATE_COLUMNS: Record<Lang, string[]> = { zh: ['比率', '分子', '分母', '同类排名'], en: ['Rate', 'Numerator', 'Denominator', 'Rank'] };

function link(url: string): XlsxCell {
  if (!/^https?:\/\//.test(url) || url.length > 255) return { value: url };
  return { value: `HYPERLINK("${url.replace(/"/g, '""')}","${url.replace(/"/g, '""')}")`, type: 'Formula', textColor: '#1a0dab' };
}
const num = (v: number | null): XlsxCell | null => (v === null ? null : { value: v });

/**
 * The wide 对标 sheet: one line per agency; under each rate (its name and denominator merged over four
 * columns) the rate as a percentage, numerator, denominator and rank in the cohort. No value leaves the
 * rate's cells empty (never 0); a card is red, a rate on figures the report's own arithmetic contradicts
 * has an orange background. The CSV holds the long form with every reason written out.
 */
function wideSheet(b: Benchmark, lang: Lang, name: string): XlsxSheet {
  const ids = ID_HEADERS[lang];
  const top: XlsxRow = ids.map((h) => head(h, { rowSpan: 2 }));
  const second: XlsxRow = ids.map(() => null);
  for (const r of RATES) {
    top.push(head(rateHeader(r.id, lang), { columnSpan: 4 }), null, null, null);
    second.push(...RATE_COLUMNS[lang].map((c) => head(c)));
  }
  const data: XlsxRow[] = [top, second];
  for (const g of b.groups)
    for (const row of g.rows) {
      const vol = (id: string) => row.volumes.find((v) => v.id === id)?.value ?? null;
      const line: XlsxRow = [
        g.year === null ? null : { value: g.year },
        { value: COHORT_NAMES[g.cohort][lang] },
        { value: row.cohortSource === 'user' ? (lang === 'zh' ? '用户设定' : 'user') : lang === 'zh' ? '按名称推断' : 'name' },
        { value: row.agency },
        num(vol('accepted')),
        num(vol('processed')),
        link(row.url),
      ];
      row.rates.forEach((c, i) => {
        const style: XlsxCell = { ...(c.card ? { textColor: '#b3261e', fontWeight: 'bold' } : {}), ...(c.rate.disputed ? { backgroundColor: '#fff4e5' } : {}) };
        line.push(
          c.rate.value === null ? null : { value: c.rate.value, format: '0.0%', ...style },
          num(c.rate.numerator),
          num(c.rate.denominator),
          // a group's stats hold one entry per rate, as each row's rates do
          c.rank === null ? null : { value: `${c.rank}/${itemAt(g.stats, i, 'rate stats').n}` },
        );
      });
      data.push(line);
    }
  return {
    sheet: name,
    data,
    columns: [7, 12, 10, 28, 9, 9, 40, ...RATES.flatMap(() => [8, 7, 7, 7])].map((width) => ({ width })),
    stickyRowsCount: 2,
    stickyColumnsCount: 4,
  };
}

/**
 * The 对标 sheets of the batch workbook: 对标 (one line per agency, four columns per rate), 对标分位 (each
 * cohort's n and P25/P50/P75 per rate), and 对标图 with the strip charts when the caller could draw them as PNG.
 */
export function benchmarkXlsxSheets(b: Benchmark, lang: Lang, pictures: readonly XlsxImage[] = []): XlsxSheet[] {
  const names = BENCHMARK_SHEET_NAMES[lang];
  const statHeaders =
    lang === 'zh'
      ? ['年度', '同类', '指标', '分母', '有值机关数', 'P25', 'P50', 'P75']
      : ['Year', 'Cohort', 'Rate', 'Denominator', 'Agencies with a value', 'P25', 'P50', 'P75'];
  const stats: XlsxRow[] = [statHeaders.map((h) => head(h))];
  for (const g of b.groups)
    g.stats.forEach((s, i) => {
      const def = itemAt(RATES, i, 'rate');
      const pct = (v: number | null): XlsxCell | null => (v === null ? null : { value: v, format: '0.0%' });
      stats.push([
        g.year === null ? null : { value: g.year },
        { value: COHORT_NAMES[g.cohort][lang] },
        { value: def.name[lang] },
        { value: DENOMINATOR_NAMES[def.denominator][lang] },
        { value: s.n },
        pct(s.p25),
        pct(s.p50),
        pct(s.p75),
      ]);
    });
  const sheets: XlsxSheet[] = [
    wideSheet(b, lang, names.lines),
    { sheet: names.stats, data: stats, columns: [7, 14, 20, 18, 10, 8, 8, 8].map((width) => ({ width })), stickyRowsCount: 1 },
  ];
  if (pictures.length > 0) sheets.push({ sheet: names.pictures, data: [[null]], images: [...pictures] });
  return sheets;
}
