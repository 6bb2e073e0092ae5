import { cellPath } from '../../model/cell-ref';
import type { PublicReport } from '../../model/public-report';

/** A figure of a report by cell path: its value (null for a blank or "/"), as printed. */
export interface FigureCell {
  path: string;
  value: number | null;
  raw: string;
}

/**
 * The figures the year-on-year anomaly checks compare: every cell of 表二 and 表四, and the 总计 column
 * of 表三 (its applicant columns are parts of it, and a change of 5× in a column of three requests says
 * little on its own); with `allColumns`, every column of 表三 too.
 */
export function figureCells(report: Pick<PublicReport, 'tables'>, allColumns = false): FigureCell[] {
  const out: FigureCell[] = [];
  for (const name of ['active', 'requests', 'review'] as const)
    for (const [row, cols] of Object.entries(report.tables[name] ?? {}))
      for (const [col, cell] of Object.entries(cols))
        if (allColumns || name !== 'requests' || col === 'total') out.push({ path: cellPath(name, row, col), value: cell.value, raw: cell.raw });
  return out;
}
