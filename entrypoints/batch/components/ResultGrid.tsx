import type { BatchRow } from '@/lib/batch/batch-row';
import { ATTACHMENT_HREF } from '@/lib/detect/attachment-links';
import { rowVerdict, verdictText } from '@/lib/export/batch-csv';
import { verdictLine } from '@/lib/report/verdict-words';
import type { Lang, Strings } from '../strings';

type Props = { t: Strings; lang: Lang; rows: readonly BatchRow[] };

/** The verdict line with its counts (lib/report/verdict-words.ts), on hovering the verdict. */
function verdictTip(r: BatchRow, lang: Lang): string | undefined {
  const v = r.report?.detected ? rowVerdict(r) : null;
  return v ? verdictLine(v, lang) : undefined;
}

/** One line per report: agency, year, verdict (colour and word), counts, link, error text. */
export function ResultGrid({ t, lang, rows }: Props) {
  const c = t.columns;
  return (
    <div class="scroll">
      <table class="grid" data-testid="grid">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{c.agency}</th>
            <th scope="col">{c.year}</th>
            <th scope="col">{c.verdict}</th>
            <th scope="col">{c.error}</th>
            <th scope="col">{c.warning}</th>
            <th scope="col">{c.info}</th>
            <th scope="col">{c.link}</th>
            <th scope="col">{c.message}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.url} class={`row-${r.status}`} data-status={r.status} data-verdict={r.verdict ?? ''}>
              <td>{i + 1}</td>
              <td class="agency" title={r.linkText}>
                {r.agency ?? r.linkText}
              </td>
              <td>{r.year ?? ''}</td>
              <td class={`verdict v-${r.verdict ?? r.status}`} title={verdictTip(r, lang)}>
                {r.verdict ? verdictText(r, lang) : t.statuses[r.status]}
              </td>
              <td class={r.counts.error > 0 ? 'num bad' : 'num'}>{r.status === 'done' ? r.counts.error : ''}</td>
              <td class="num">{r.status === 'done' ? r.counts.warning : ''}</td>
              <td class="num">{r.status === 'done' ? r.counts.info : ''}</td>
              <td class="url">
                <a href={r.url} target="_blank" rel="noreferrer" title={r.url}>
                  {t.open}
                </a>
                {/* an attachment's findings are outlined in the viewer, not on the portal's page */}
                {r.hash && ATTACHMENT_HREF.test(r.url) && (
                  <>
                    {' · '}
                    <a href={`viewer.html?url=${encodeURIComponent(r.url)}`} target="_blank" rel="noreferrer">
                      {t.viewer}
                    </a>
                  </>
                )}
              </td>
              <td class="message">{r.error ? r.error[lang] : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
