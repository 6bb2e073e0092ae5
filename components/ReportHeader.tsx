import type { Finding } from '@/lib/model/finding';
import type { PublicReport } from '@/lib/model/public-report';
import { renderFinding } from '@/lib/report/render-finding';
import { readState } from '@/lib/report/read-state';
import type { Lang, Strings } from './strings';

type ReportHeaderProps = { t: Strings; lang: Lang; report: PublicReport; findings: Finding[] };

/** Agency, year, template and the one-line verdict (announced to screen readers). */
export function ReportHeader({ t, lang, report, findings }: ReportHeaderProps) {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const state = readState(report);
  const unreadable = state === 'none';
  const missing = findings.filter((f) => f.rule === 'table-missing' || f.rule === 'row-missing' || f.rule === 'row-incomplete');
  return (
    <header>
      <h1>{report.agency ?? report.title ?? report.source}</h1>
      <p class="meta">
        {t.year} {report.year ?? '—'} · {t.format} {t.formats[report.format]}
        {report.title && <span class="title"> · {report.title}</span>}
      </p>
      {unreadable ? (
        // nothing was read, so nothing can be called consistent
        <p class="verdict unknown" role="status" aria-live="polite">
          <span aria-hidden="true">? </span>
          {t.noTables}
        </p>
      ) : state === 'partial' && errors === 0 ? (
        // some printed figures were not read for sure: what was read may look clean, but nothing is called consistent
        <p class="verdict unknown" role="status" aria-live="polite">
          <span aria-hidden="true">? </span>
          {t.partlyRead(count('warning'), count('info'))}
        </p>
      ) : (
        <p class={`verdict ${errors > 0 ? 'bad' : count('warning') > 0 ? 'warn' : 'good'}`} role="status" aria-live="polite">
          <span aria-hidden="true">{errors > 0 ? '✖ ' : count('warning') > 0 ? '▲ ' : '✔ '}</span>
          {errors === 0 && count('warning') === 0 ? t.consistentWith(count('info')) : t.summary(errors, count('warning'), count('info'))}
        </p>
      )}
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
