import type { HistoryRecord, ReportVerdict } from '#lib/model';
import { VerdictCell } from './VerdictCell';
import type { Lang, Strings } from '../strings';

type HistoryTableProps = {
  t: Strings;
  lang: Lang;
  records: HistoryRecord[];
  /** each record's verdict after the auditor's decisions (lib/report/decided-verdict.ts) */
  verdictOf: (r: HistoryRecord) => ReportVerdict;
  onAgency: (agency: string) => void;
  onDelete: (id: string) => void;
};

/** One row per report checked: agency (opens its years side by side), year, verdict, counts, when, link. */
export function HistoryTable({ t, lang, records, verdictOf, onAgency, onDelete }: HistoryTableProps) {
  return (
    <table class="history">
      <thead>
        <tr>
          <th scope="col">{t.agency}</th>
          <th scope="col">{t.year}</th>
          <th scope="col">{t.verdict}</th>
          <th scope="col">{t.counts}</th>
          <th scope="col">{t.checkedAt}</th>
          <th scope="col">{t.link}</th>
          <th scope="col">
            <span class="sr-only">{t.remove}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const v = verdictOf(r);
          return (
            <tr key={r.id} data-id={r.id}>
              <th scope="row">
                {r.agency ? (
                  <button type="button" class="link" title={t.showYears(r.agency)} onClick={() => r.agency && onAgency(r.agency)}>
                    {r.agency}
                  </button>
                ) : (
                  (r.title ?? '—')
                )}
              </th>
              <td>{r.year ?? '—'}</td>
              <VerdictCell lang={lang} verdict={v} icon />
              <td class="num">
                {v.errors} / {v.warnings} / {v.notes}
              </td>
              <td>
                <time dateTime={r.checkedAt}>{new Date(r.checkedAt).toLocaleString()}</time>
              </td>
              <td>
                <a href={r.url} target="_blank" rel="noopener noreferrer" title={r.title ?? r.url}>
                  {t.open}
                </a>
              </td>
              <td>
                <button type="button" class="small" aria-label={`${t.remove} ${r.agency ?? ''} ${r.year ?? ''}`} onClick={() => onDelete(r.id)}>
                  {t.remove}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
