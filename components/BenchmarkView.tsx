import { useMemo, useState } from 'preact/hooks';
import {
  benchmark,
  type BenchmarkInput,
  benchmarkMatrix,
  busiestYear,
  CARD_NAMES,
  type Cohort,
  COHORT_NAMES,
  COHORTS,
  formatRate,
  formatRateShort,
  percentOf,
  POSITION_NAMES,
  rateHeader,
  type RateId,
  RATES,
  stripChart,
} from '#lib/batch';
import { benchmarkHtml, toCsv, batchFileName } from '#lib/export';
import { type Lang, localIso } from '#lib/model';
import { downloadText } from '@/utils/download';
import { BENCHMARK_STRINGS } from './benchmark-strings';
import { RateStrip } from './RateStrip';

type BenchmarkViewProps = {
  lang: Lang;
  inputs: readonly BenchmarkInput[];
  corrections: ReadonlyMap<string, Cohort>;
  onCorrect: (key: string, cohort: Cohort | null) => void;
};

/**
 * The 对标 of a set of reports (a batch, or saved reports): for the chosen year, per cohort, every
 * agency's rates with fraction and rank, the cohort's P25/P50/P75, a cohort the user can correct, and
 * the strip chart of a chosen rate with the clicked agency marked; CSV and HTML downloads.
 */
export function BenchmarkView({ lang, inputs, corrections, onCorrect }: BenchmarkViewProps) {
  const t = BENCHMARK_STRINGS[lang];
  const b = useMemo(() => benchmark(inputs, corrections), [inputs, corrections]);
  const years = [...new Set(b.groups.map((g) => g.year))];
  const [year, setYear] = useState<number | null | undefined>(undefined);
  const [rate, setRate] = useState<RateId>('substantive');
  const [marked, setMarked] = useState<string | null>(null);
  // the year most agencies reported for, unless another is chosen (a batch may hold a stray year)
  const busiest = busiestYear(b);
  const shownYear = year !== undefined && years.includes(year) ? year : busiest;
  const groups = b.groups.filter((g) => g.year === shownYear);
  const chart = useMemo(() => stripChart(groups, rate, lang, new Set(marked ? [marked] : [])), [b, shownYear, rate, marked, lang]);
  const name = (what: 'benchmark' | 'benchmarkHtml') => batchFileName(what, lang, new Date());

  if (b.groups.length === 0) return <p class="muted">{t.none}</p>;
  return (
    <div class="benchmark" data-testid="benchmark">
      <p class="muted">{t.intro}</p>
      <div class="actions">
        <label>
          {t.year}{' '}
          <select value={String(shownYear ?? '')} onChange={(e) => setYear(Number((e.target as HTMLSelectElement).value) || null)}>
            {years.map((y) => (
              <option key={String(y)} value={String(y ?? '')}>
                {y ?? '—'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => downloadText(toCsv(benchmarkMatrix(b, lang)), name('benchmark'), 'text/csv')}>
          {t.exportCsv}
        </button>
        <button type="button" onClick={() => downloadText(benchmarkHtml(b, lang, localIso(new Date())), name('benchmarkHtml'))}>
          {t.exportHtml}
        </button>
        {b.skipped.length > 0 && <span class="muted">{t.skipped(b.skipped.length)}</span>}
      </div>
      {groups.map((g) => (
        <div class="scroll" key={g.cohort}>
          <table class="grid bench" data-cohort={g.cohort}>
            <caption>
              {g.year ?? ''} {COHORT_NAMES[g.cohort][lang]}（n={g.rows.length}）
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.agency}</th>
                <th scope="col">{t.cohort}</th>
                <th scope="col">{t.accepted}</th>
                <th scope="col">{t.processed}</th>
                {RATES.map((r) => (
                  <th scope="col" key={r.id}>
                    {rateHeader(r.id, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.rows.map((row) => (
                <tr key={row.key} class={marked === row.key ? 'marked' : ''} data-agency={row.agency}>
                  <th scope="row">
                    <button type="button" class="link" aria-pressed={marked === row.key} onClick={() => setMarked(marked === row.key ? null : row.key)}>
                      {row.agency}
                    </button>
                    {row.copies.length > 0 && (
                      <span class="muted" title={row.copies.join('\n')}>
                        {' '}
                        +{row.copies.length}
                      </span>
                    )}
                  </th>
                  <td>
                    <select
                      aria-label={`${t.cohort}：${row.agency}`}
                      value={row.cohort}
                      onChange={(e) => onCorrect(row.key, (e.target as HTMLSelectElement).value as Cohort)}
                    >
                      {COHORTS.map((c) => (
                        <option key={c} value={c}>
                          {COHORT_NAMES[c][lang]}
                        </option>
                      ))}
                    </select>
                    <span class="muted small">{row.cohortSource === 'user' ? t.corrected : t.inferred}</span>
                  </td>
                  <td class="num">{row.volumes.find((v) => v.id === 'accepted')?.value ?? ''}</td>
                  <td class="num">{row.volumes.find((v) => v.id === 'processed')?.value ?? ''}</td>
                  {row.rates.map((c, i) => (
                    <td
                      key={c.rate.id}
                      class={['num', c.rate.disputed ? 'disputed' : '', c.card ? 'carded' : ''].filter(Boolean).join(' ')}
                      title={`${formatRate(c.rate, lang, true)}${c.rate.disputed ? `；${t.disputed}` : ''}`}
                      data-rate={c.rate.id}
                    >
                      {formatRateShort(c.rate, lang)}
                      {/* a group's stats hold one entry per rate, as each row's rates do */}
                      {c.rank !== null && g.stats[i] !== undefined && (
                        <span class="rank">
                          {t.rank(c.rank, g.stats[i].n)}
                          {c.position ? ` · ${POSITION_NAMES[lang][c.position]}` : ''}
                        </span>
                      )}
                      {c.card && <strong class="card">{CARD_NAMES[lang][c.card]}</strong>}
                    </td>
                  ))}
                </tr>
              ))}
              {g.stats.some((s) => s.p50 !== null) &&
                (['p25', 'p50', 'p75'] as const).map((p) => (
                  <tr key={p} class="stat">
                    <th scope="row">{t.stat(p.toUpperCase())}</th>
                    <td />
                    <td />
                    <td />
                    {g.stats.map((s) => (
                      <td key={s.id} class="num">
                        {((v) => (v === null ? '' : percentOf(v)))(s[p])}
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
      <h3>{t.picture}</h3>
      <p class="muted">{t.pictureNote}</p>
      <label>
        {t.rate}{' '}
        <select value={rate} onChange={(e) => setRate((e.target as HTMLSelectElement).value as RateId)}>
          {RATES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <div class="scroll">
        <RateStrip chart={chart} />
      </div>
    </div>
  );
}
