import { KEY_FIGURES, keyFigures, yearOnYear } from '#lib/history';
import type { ReportVerdict, Lang, HistoryRecord } from '#lib/model';
import { renderFinding } from '#lib/report';
import { useState } from 'preact/hooks';
import { runCrossYear } from '#lib/check';
import type { Strings } from '../strings';
import { TwoYearTables } from './TwoYearTables';
import { VerdictCell } from './VerdictCell';

type YearOnYearProps = {
  t: Strings;
  lang: Lang;
  records: HistoryRecord[];
  /** each record's verdict after the auditor's decisions (lib/report/decided-verdict.ts) */
  verdictOf: (r: HistoryRecord) => ReportVerdict;
  agency: string;
  onClose: () => void;
};

const ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * One agency's years side by side (newest check of each year): the key figures of 表三 and 表四, then
 * the cross-year findings between each pair of consecutive years. A blank figure shows as blank.
 */
export function YearOnYear({ t, lang, records, verdictOf, agency, onClose }: YearOnYearProps) {
  const { years, steps } = yearOnYear(records, agency);
  const figures = years.map((r) => keyFigures(r.report));
  // the pair of years whose three tables are laid side by side: the latest two unless another is chosen
  const [pairIndex, setPairIndex] = useState<number | null>(null);
  const last = years.length - 1;
  const pair = pairIndex !== null && pairIndex >= 1 && pairIndex <= last ? pairIndex : last;
  const before = years[pair - 1];
  const after = years[pair];
  const step = steps.find((s) => s.to === after && s.from === before);
  const pairFindings = before && after ? (step?.findings ?? runCrossYear({ report: after.report, narrative: after.narrative }, before)) : [];
  const flagged = new Set(pairFindings.flatMap((f) => f.cells));
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
              {years.map((y, i) => (
                <td key={y.id}>{figures[i]?.[k.key] ?? ''}</td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t.verdict}</th>
            {years.map((r) => (
              <VerdictCell key={r.id} lang={lang} verdict={verdictOf(r)} />
            ))}
          </tr>
        </tbody>
      </table>
      {years.length > 1 && steps.length === 0 && <p class="muted">{t.gap}</p>}
      {steps.map((s) => (
        <div class="step" key={s.to.id} data-step={`${s.from.year}-${s.to.year}`}>
          {/* a step joins two reports of known years */}
          <h3>{s.from.year !== null && s.to.year !== null ? t.step(s.from.year, s.to.year) : null}</h3>
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
      {before && after && (
        <>
          <h3 id="two-year-heading">{t.twoYear}</h3>
          {years.length > 2 && (
            <label>
              {t.pair}{' '}
              <select value={String(pair)} onChange={(e) => setPairIndex(Number((e.target as HTMLSelectElement).value))}>
                {years.flatMap((from, i) => {
                  const y = years[i + 1];
                  return y
                    ? [
                        <option key={y.id} value={String(i + 1)}>
                          {from.year} → {y.year}
                        </option>,
                      ]
                    : [];
                })}
              </select>
            </label>
          )}
          <TwoYearTables t={t} lang={lang} before={before} after={after} flagged={flagged} />
        </>
      )}
    </section>
  );
}
