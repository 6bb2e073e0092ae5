import { toCsv, toHtmlTable, toMarkdown, toTsv } from '#lib/export';
import { type Finding, type PublicReport, unreadCells } from '#lib/model';
import { canonicalReport, reportMatrix, tableCellPaths, tableMatrix, tableTitle, type TableKey } from '#lib/report';
import type { Strings } from './strings';
import { CopyButton } from './CopyButton';

type TablesViewProps = { t: Strings; report: PublicReport; findings?: readonly Finding[] };

const KEYS: TableKey[] = ['active', 'requests', 'review'];
const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * How each named cell is marked: the figure a finding is about (its stated cell) by the worst severity
 * naming it, the other cells of an error or warning (its addends) as such. Info notes' addends are not
 * marked: 25 blank rows of a 表三 would bury the errors.
 */
function cellMarks(findings: readonly Finding[]): Map<string, { stated: Finding['severity'] | null; addend: boolean }> {
  const marks = new Map<string, { stated: Finding['severity'] | null; addend: boolean }>();
  for (const f of findings) {
    if (f.rule === 'cells-unread') continue;
    for (const path of f.cells) {
      const m = marks.get(path) ?? { stated: null, addend: false };
      if (f.stated.includes(path)) {
        if (m.stated === null || RANK[f.severity] > RANK[m.stated]) m.stated = f.severity;
      } else if (f.severity !== 'info') m.addend = true;
      marks.set(path, m);
    }
  }
  return marks;
}

/** The cell at a dotted path, undefined when the source has none there. */
function cellAt(report: PublicReport, path: string): unknown {
  // row keys have dots of their own (denied.stateSecret): the table is the first part, the column the last
  const table = path.slice(0, path.indexOf('.')) as TableKey;
  const row = path.slice(path.indexOf('.') + 1, path.lastIndexOf('.'));
  return report.tables[table]?.[row]?.[path.slice(path.lastIndexOf('.') + 1)];
}

/** The extracted tables in canonical layout, each with TSV/CSV/Markdown/JSON copy buttons, and all three at once. */
export function TablesView({ t, report, findings = [] }: TablesViewProps) {
  // the copies are headed in the interface language (the cells are the same)
  const all = () => reportMatrix(report, undefined, t.lang);
  const marks = cellMarks(findings);
  const unread = unreadCells(report);
  const used = new Set([...marks.values()].flatMap((m) => [m.stated ? `flag-${m.stated}` : '', m.addend ? 'flag-addend' : '']).filter(Boolean));
  const anyAbsent = KEYS.some(
    (key) => report.tables[key] !== null && tableCellPaths(report, key).some((row) => row.every((p) => p === null || cellAt(report, p) === undefined)),
  );
  return (
    <div>
      <div class="actions">
        <CopyButton t={t} label={t.copyAllTsv} text={() => toTsv(all())} html={() => toHtmlTable(all())} />
        <CopyButton t={t} label="JSON" text={() => JSON.stringify(canonicalReport(report), null, 2)} />
      </div>
      {(used.size > 0 || unread.size > 0 || anyAbsent) && (
        <p class="table-legend">
          {(['error', 'warning', 'info'] as const)
            .filter((s) => used.has(`flag-${s}`))
            .map((s) => (
              <span key={s} class={`legend-cell flag-${s}`}>
                {t.severity[s]}
              </span>
            ))}
          {used.has('flag-addend') && <span class="legend-cell flag-addend">{t.tableMarks.addend}</span>}
          {unread.size > 0 && <span class="legend-cell unread">? {t.tableMarks.unread}</span>}
          {anyAbsent && <span class="legend-cell absent-mark">{t.tableMarks.absent}</span>}
        </p>
      )}
      {KEYS.map((key) => {
        const m = tableMatrix(report, key, t.lang);
        const paths = tableCellPaths(report, key);
        const table = report.tables[key];
        // a row of the template the source does not print at all (finding row-missing): marked, not shown as blanks
        // the matrix and its paths have the same rows
        const absent = (r: number) => table !== null && paths[r]?.every((p) => p === null || cellAt(report, p) === undefined) === true;
        return (
          <section key={key} aria-labelledby={`t-${key}`}>
            <h2 id={`t-${key}`}>{tableTitle(report, key, t.lang)}</h2>
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
                    {m[0]?.map((h, i) => (
                      <th key={i} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {m.slice(1).map((row, r) => (
                    <tr key={r} class={absent(r) ? 'absent' : undefined}>
                      {row.map((c, i) => {
                        if (i === 0 || (key === 'active' && i === 1))
                          return (
                            <th key={i} scope="row">
                              {c}
                              {absent(r) && i === (key === 'active' ? 1 : 0) && <span class="absent-mark">{t.tableMarks.absent}</span>}
                            </th>
                          );
                        const path = paths[r]?.[i] ?? null;
                        // a row the source lacks is marked as such; the notes that its blanks could not be checked are not repeated on it
                        const mark = path === null || absent(r) ? undefined : marks.get(path);
                        const isUnread = path !== null && unread.has(path);
                        const cls = [mark?.stated ? `flag-${mark.stated}` : '', mark?.addend ? 'flag-addend' : '', isUnread ? 'unread' : '']
                          .filter(Boolean)
                          .join(' ');
                        const title = isUnread ? t.tableMarks.unread : mark?.stated ? t.severity[mark.stated] : mark?.addend ? t.tableMarks.addend : undefined;
                        return (
                          <td key={i} class={cls || undefined} title={title}>
                            {c}
                          </td>
                        );
                      })}
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
