import { KEY_FIGURES, keyFigures } from '@/lib/history/key-figures';
import type { HistoryRecord } from '@/lib/history/history-record';
import { yearOnYear } from '@/lib/history/year-on-year';
import { renderFinding } from '@/lib/report/render-finding';
import type { Lang } from '@/lib/model/lang';
import type { Strings } from '../strings';

type YearOnYearProps = { t: Strings; lang: Lang; records: HistoryRecord[]; agency: string; onClose: () => void };

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * One agency's years side by side (newest check of each year): the key figures of 表三 and 表四, then
 * the cross-year findings between each pair of consecutive years. A blank figure shows as blank.
 */
export function YearOnYear({ t, lang, records, agency, onClose }: YearOnYearProps) {
  const { years, steps } = yearOnYear(records, agency);
  const figures = years.map((r) => keyFigures(r.report));
  return (
    <section class="year-on-year" aria-labelledby="yoy-heading">
      <h2 id="yoy-heading">
        {t.showYears(agency)}{' '}
        <button type="button" class="small" onClick={onClose}>
          {t.close}
        </button>
      </h2>
      <table class="yoy">
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            {years.map((r) => (
              <th scope="col" key={r.id}>
                <a href={r.url} target="_blank" rel="noopener noreferrer" title={r.title ?? r.url}>
                  {r.year}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KEY_FIGURES.map((k) => (
            <tr key={k.key} data-figure={k.key}>
              <th scope="row">{k[lang]}</th>
              {figures.map((f, i) => (
                <td key={years[i]!.id}>{f[k.key] ?? ''}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.verdict}</th>
            {years.map((r) => (
              <td key={r.id} class={`verdict ${r.verdict}`}>
                {t.verdicts[r.verdict]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {years.length > 1 && steps.length === 0 && <p class="muted">{t.gap}</p>}
      {steps.map((s) => (
        <div class="step" key={s.to.id} data-step={`${s.from.year}-${s.to.year}`}>
          <h3>{t.step(s.from.year!, s.to.year!)}</h3>
          {s.findings.length === 0 ? (
            <p class="muted">{t.stepOk}</p>
          ) : (
            <ul>
              {s.findings.map((f, i) => (
                <li key={i} class={`finding ${f.severity}`} data-rule={f.rule}>
                  <span aria-hidden="true">{ICON[f.severity]} </span>
                  <code>{f.rule}</code> {renderFinding(f, lang)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
