import { cellPath } from '../model/cell-ref';
import { activeRows, REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/keys';
import { activeColumnLabel, requestColumnLabel, reviewColumnLabel } from '../model/labels';
import { rowLabel } from '../model/cell-label';
import type { Lang } from '../model/lang';
import type { PublicCell, PublicReport } from '../model/public-report';
import { cellText, type TableKey } from '../report/table-matrix';

/** One cell in both reports: its printed text (a mark such as "/" kept, blank as ''), and whether the figure changed. */
export interface TwoYearCell {
  path: string;
  column: string;
  before: string;
  after: string;
  /** the value differs: two figures, or a figure against a blank (a blank is not a 0) */
  changed: boolean;
}

export interface TwoYearRow {
  key: string;
  label: string;
  cells: TwoYearCell[];
}

export interface TwoYearTable {
  table: TableKey;
  rows: TwoYearRow[];
}

function cell(a: PublicCell | undefined, b: PublicCell | undefined, path: string, column: string): TwoYearCell {
  const va = a?.value ?? null;
  const vb = b?.value ?? null;
  return { path, column, before: cellText(a), after: cellText(b), changed: va !== vb };
}

/**
 * The three tables of two reports side by side, cell by cell in canonical order (the later report's
 * template decides the rows of 表二; 表三 takes the rows either report has): the history page's two-year
 * view and what a report changed since its last check (publication-changes.ts) both read it.
 */
export function twoYearTables(before: Pick<PublicReport, 'tables' | 'format'>, after: Pick<PublicReport, 'tables' | 'format'>, lang: Lang): TwoYearTable[] {
  const a = before.tables;
  const b = after.tables;
  const reqRows = [...new Set([...requestRows(before.format, a.requests), ...requestRows(after.format, b.requests)])].filter(
    (r) => a.requests?.[r] || b.requests?.[r],
  );
  const out: TwoYearTable[] = [];
  out.push({
    table: 'active',
    rows: activeRows(after.format === 'unknown' ? before.format : after.format).map((spec) => ({
      key: spec.key,
      label: rowLabel('active', spec.key, lang),
      cells: spec.columns.map((c) =>
        cell(a.active?.[spec.key]?.[c.key], b.active?.[spec.key]?.[c.key], cellPath('active', spec.key, c.key), activeColumnLabel(spec.key, c, lang)),
      ),
    })),
  });
  out.push({
    table: 'requests',
    rows: reqRows.map((row) => ({
      key: row,
      label: rowLabel('requests', row, lang),
      cells: REQUEST_COLUMNS.map((c) => cell(a.requests?.[row]?.[c], b.requests?.[row]?.[c], cellPath('requests', row, c), requestColumnLabel(c, lang))),
    })),
  });
  out.push({
    table: 'review',
    rows: REVIEW_GROUPS.map((g) => ({
      key: g,
      label: rowLabel('review', g, lang),
      cells: REVIEW_COLUMNS.map((c) => cell(a.review?.[g]?.[c], b.review?.[g]?.[c], cellPath('review', g, c), reviewColumnLabel(c, lang))),
    })),
  });
  return out;
}

/** The cells whose figure changed, over the three tables. */
export function changedCells(tables: readonly TwoYearTable[]): TwoYearCell[] {
  return tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.changed)));
}
