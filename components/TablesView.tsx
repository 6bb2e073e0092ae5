import { toCsv, toHtmlTable, toMarkdown, toTsv } from '@/lib/export/delimited';
import { reportMatrix, TABLE_TITLES, TABLE_TITLES_EN, tableMatrix, type TableKey } from '@/lib/export/table-matrix';
import type { PublicReport } from '@/lib/model/public-report';
import { canonicalReport } from '@/lib/report/canonical-report';
import type { Strings } from './strings';
import { CopyButton } from './CopyButton';

type TablesViewProps = { t: Strings; report: PublicReport };

const KEYS: TableKey[] = ['active', 'requests', 'review'];

/** The extracted tables in canonical layout, each with TSV/CSV/Markdown/JSON copy buttons, and all three at once. */
export function TablesView({ t, report }: TablesViewProps) {
  // the copies are headed in the interface language (the cells are the same)
  const all = () => reportMatrix(report, undefined, t.lang);
  return (
    <div>
      <div class="actions">
        <CopyButton t={t} label={t.copyAllTsv} text={() => toTsv(all())} html={() => toHtmlTable(all())} />
        <CopyButton t={t} label="JSON" text={() => JSON.stringify(canonicalReport(report), null, 2)} />
      </div>
      {KEYS.map((key) => {
        const m = tableMatrix(report, key, t.lang);
        const table = report.tables[key];
        return (
          <section key={key} aria-labelledby={`t-${key}`}>
            <h2 id={`t-${key}`}>{(t.lang === 'en' ? TABLE_TITLES_EN : TABLE_TITLES)[key]}</h2>
            <div class="actions">
              <CopyButton t={t} label="TSV" text={() => toTsv(m)} html={() => toHtmlTable(m)} />
              <CopyButton t={t} label="CSV" text={() => toCsv(m)} />
              <CopyButton t={t} label="Markdown" text={() => toMarkdown(m)} />
              <CopyButton t={t} label="JSON" text={() => JSON.stringify(table, null, 2)} />
            </div>
            {/* focusable so a keyboard can scroll 表四's 15 columns; 表三 fits the popup without scrolling */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable) */}
            <div class="scroll" tabIndex={0}>
              <table class={`canon ${key}`}>
                <thead>
                  <tr>
                    {m[0]!.map((h, i) => (
                      <th key={i} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.slice(1).map((row, r) => (
                    <tr key={r}>
                      {row.map((c, i) =>
                        i === 0 || (key === 'active' && i === 1) ? (
                          <th key={i} scope="row">
                            {c}
                          </th>
                        ) : (
                          <td key={i}>{c}</td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
