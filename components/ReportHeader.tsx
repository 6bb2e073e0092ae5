import type { Finding, PublicReport, Verdict } from '#lib/model';
import { dismissedBy, renderFinding, reportVerdict, type Reviews, verdictLine } from '#lib/report';
import type { Lang, Strings } from './strings';

type ReportHeaderProps = { t: Strings; lang: Lang; report: PublicReport; findings: Finding[]; reviews?: Reviews };

const LOOK: Record<Verdict, [string, string]> = {
  error: ['bad', '✖ '],
  warning: ['warn', '▲ '],
  ok: ['good', '✔ '],
  // nothing, or not everything, was checked: never the green of consistent
  partial: ['unknown', '? '],
  unreadable: ['unknown', '? '],
};

/**
 * Agency, year, template and the verdict line every screen says (lib/report/verdict-words.ts), after the
 * auditor's decisions: a dismissed finding no longer decides it, and is counted (announced to screen readers).
 */
export function ReportHeader({ t, lang, report, findings, reviews }: ReportHeaderProps) {
  const verdict = reportVerdict({ ...report, findings }, dismissedBy(findings, reviews));
  const unreadable = verdict.kind === 'unreadable';
  const [look, icon] = LOOK[verdict.kind];
  const missing = findings.filter((f) => f.rule === 'table-missing' || f.rule === 'row-missing' || f.rule === 'row-incomplete');
  return (
    <header>
      <h1>{report.agency ?? report.title ?? report.source}</h1>
      <p class="meta">
        {t.year} {report.year ?? '—'} · {t.format} {t.formats[report.format]}
        {report.title && <span class="title"> · {report.title}</span>}
      </p>
      <p class={`verdict ${look}`} role="status" aria-live="polite">
        <span aria-hidden="true">{icon}</span>
        {verdictLine(verdict, lang)}
      </p>
      {report.format === '2019' && <p class="notice">{t.format2019}</p>}
      {/* only where no table was read: a missing row or table of a report whose tables were read is a finding, listed below */}
      {unreadable && (
        <div class="notice" role="note">
          {t.unreadable}
          {missing.length === 0 && <p>{t.noTablesHint}</p>}
          <ul>
            {missing.map((f, i) => (
              <li key={i}>{renderFinding(f, lang)}</li>
            ))}
          </ul>
        </div>
      )}
    </header>
  );
}
