import type { RawCell } from '../raw-table';
import { cellText } from './cell-text';

/** Spans beyond these are treated as typos or hostile markup (colspan="9999"). */
const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 1000;

function span(value: string | null, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  // rowspan="0" means "to the end of the section" in HTML; capped by the rows that exist
  if (n === 0) return max;
  return Number.isFinite(n) && n > 0 ? Math.min(n, max) : 1;
}

/** The table's own rows (thead/tbody/tfoot or direct), not the rows of nested tables. */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TR') rows.push(c);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT')
      for (let r = c.firstElementChild; r; r = r.nextElementSibling) if (r.tagName.toUpperCase() === 'TR') rows.push(r);
  }
  return rows;
}

/**
 * Places each <td>/<th> of a table on the span-expanded grid the way a browser lays it out (a cell
 * goes to the first free column of its row, skipping columns held by rowspans from above), and returns
 * the rows as RawCells that start in each row, with their grid column, spans and source element.
 * @example expandSpans(<table><tr><td rowspan=2>a</td><td>b</td></tr><tr><td>c</td></tr></table>)
 *   → [[a@0, b@1], [c@1]]
 */
export function expandSpans(table: Element): RawCell[][] {
  const rows = ownRows(table);
  // per grid column, the first row no rowspan from above holds: marking costs a cell's colspan, not
  // rowspan × colspan (2,000 rows of rowspan 1000 / colspan 100 would be 10⁹ marks)
  const busyUntil: number[] = [];
  return rows.map((tr, r) => {
    const out: RawCell[] = [];
    let col = 0;
    for (let c = tr.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (tag !== 'TD' && tag !== 'TH') continue;
      while ((busyUntil[col] ?? 0) > r) col++;
      const colSpan = span(c.getAttribute('colspan'), MAX_COLSPAN);
      const rowSpan = Math.min(span(c.getAttribute('rowspan'), MAX_ROWSPAN), rows.length - r);
      for (let dc = 0; dc < colSpan; dc++) busyUntil[col + dc] = r + rowSpan;
      out.push({ text: cellText(c), row: r, col, rowSpan, colSpan, source: c });
      col += colSpan;
    }
    return out;
  });
}
