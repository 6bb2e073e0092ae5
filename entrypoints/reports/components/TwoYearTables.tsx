import { TABLE_TITLES, TABLE_TITLES_EN } from '#lib/report';
import { changedCells, type TwoYearCell, twoYearTables } from '#lib/history';
import type { HistoryRecord, Lang } from '#lib/model';
import type { Strings } from '../strings';

type TwoYearTablesProps = { t: Strings; lang: Lang; before: HistoryRecord; after: HistoryRecord; flagged: ReadonlySet<string> };

/** A pair of figures: last year's, this year's; a changed figure marked in words too (not by colour alone). */
function Pair({ c, flagged, t }: { c: TwoYearCell; flagged: boolean; t: Strings }) {
  const cls = [c.changed ? 'changed' : '', flagged ? 'flagged' : ''].filter(Boolean).join(' ');
  return (
    <>
      <td class={`num before ${cls}`} data-path={c.path}>
        {c.before}
      </td>
      <td class={`num after ${cls}`} data-path={c.path} data-changed={c.changed ? 'true' : undefined}>
        {c.after}
        {c.changed && <span class="sr-only">{t.changedMark}</span>}
        {flagged && (
          <span class="flag" title={t.flaggedMark}>
            {' '}
            ⚑<span class="sr-only">{t.flaggedMark}</span>
          </span>
        )}
      </td>
    </>
  );
}

/**
 * The three tables of two years of one agency side by side: under each column last year's and this
 * year's figure, a changed figure shaded and said, a figure a year-on-year finding points at flagged.
 */
export function TwoYearTables({ t, lang, before, after, flagged }: TwoYearTablesProps) {
  const tables = twoYearTables(before.report, after.report, lang);
  const titles = lang === 'en' ? TABLE_TITLES_EN : TABLE_TITLES;
  const years = [String(before.year ?? ''), String(after.year ?? '')];
  return (
    <div class="two-year" data-testid="two-year">
      <p class="muted">{t.twoYearNote(changedCells(tables).length)}</p>
      {tables.map((table) => {
        const columns = table.table === 'active' ? null : (table.rows[0]?.cells.map((c) => c.column) ?? []);
        return (
          <div class="scroll" key={table.table}>
            <table class="two-year-table" data-table={table.table}>
              <caption>{titles[table.table]}</caption>
              {columns ? (
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2}>
                      {t.figure}
                    </th>
                    {columns.map((c) => (
                      <th scope="colgroup" colSpan={2} key={c}>
                        {c}
                      </th>
                    ))}
                  </tr>
                  <tr>
                    {columns.flatMap((c) =>
                      years.map((y) => (
                        <th scope="col" key={`${c}${y}`}>
                          {y}
                        </th>
                      )),
                    )}
                  </tr>
                </thead>
              ) : (
                <thead>
                  <tr>
                    <th scope="col">{t.figure}</th>
                    <th scope="col">{t.column}</th>
                    {years.map((y) => (
                      <th scope="col" key={y}>
                        {y}
                      </th>
                    ))}
                  </tr>
                </thead>
              )}
              <tbody>
                {columns
                  ? table.rows.map((row) => (
                      <tr key={row.key}>
                        <th scope="row">{row.label}</th>
                        {row.cells.map((c) => (
                          <Pair key={c.path} c={c} flagged={flagged.has(c.path)} t={t} />
                        ))}
                      </tr>
                    ))
                  : table.rows.flatMap((row) =>
                      row.cells.map((c, i) => (
                        <tr key={c.path}>
                          {i === 0 && (
                            <th scope="row" rowSpan={row.cells.length}>
                              {row.label}
                            </th>
                          )}
                          <td>{c.column}</td>
                          <Pair c={c} flagged={flagged.has(c.path)} t={t} />
                        </tr>
                      )),
                    )}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
