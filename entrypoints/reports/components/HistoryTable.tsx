import type { HistoryRecord } from '#lib/history';
import { reportVerdict, verdictLine, verdictTitle } from '#lib/report';
import type { Lang, Strings } from '../strings';

type HistoryTableProps = { t: Strings; lang: Lang; records: HistoryRecord[]; onAgency: (agency: string) => void; onDelete: (id: string) => void };

const ICON = { error: '✖', warning: '▲', ok: '✔', partial: '?', unreadable: '?' } as const;

/** One row per report checked: agency (opens its years side by side), year, verdict, counts, when, link. */
export function HistoryTable({ t, lang, records, onAgency, onDelete }: HistoryTableProps) {
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
        {records.map((r) => (
          <tr key={r.id} data-id={r.id}>
            <th scope="row">
              {r.agency ? (
                <button type="button" class="link" title={t.showYears(r.agency)} onClick={() => onAgency(r.agency!)}>
                  {r.agency}
                </button>
              ) : (
                (r.title ?? '—')
              )}
            </th>
            <td>{r.year ?? '—'}</td>
            <td class={`verdict ${r.verdict}`} title={verdictLine(reportVerdict(r.report), lang)}>
              <span aria-hidden="true">{ICON[r.verdict]} </span>
              {verdictTitle(reportVerdict(r.report), lang)}
            </td>
            <td class="num">
              {r.counts.error} / {r.counts.warning} / {r.counts.info}
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
        ))}
      </tbody>
    </table>
  );
}
