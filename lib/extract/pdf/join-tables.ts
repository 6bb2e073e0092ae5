import type { RawTable } from '../raw-table';
import type { PdfCell, PdfPageTable } from './page-tables';
import { SNAP } from './ruling-grid';

/** A table as it runs over one or more pages: cells with rows numbered across the pages. */
export interface JoinedTable {
  cells: PdfCell[];
  rows: number;
}

/** Text that opens a row label of its own (（五）…, 三、…, 2. …) rather than finishing one cut by the page break. */
const NEW_ITEM = /^\s*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.．、])/;

const same = (a: number, b: number) => Math.abs(a - b) <= SNAP;

/**
 * Appends the next page's part of a table. A tall cell cut by the page break (三、本年度办理结果, or
 * （四）无法提供 printed as "（四）无" | "法提供") continues in the top row of the next part with the
 * same left and right edges: it is joined back into one cell when either half spans several rows
 * and the lower half does not open a new numbered label.
 */
function append(joined: JoinedTable, next: PdfPageTable): void {
  const offset = joined.rows;
  const lastRow = joined.rows - 1;
  for (const cell of next.cells) {
    const above =
      cell.r1 === 0
        ? joined.cells.find((p) => p.r2 === lastRow && same(p.x1, cell.x1) && same(p.x2, cell.x2) && (p.r2 > p.r1 || cell.r2 > cell.r1))
        : undefined;
    if (above && !NEW_ITEM.test(cell.text)) {
      above.r2 = offset + cell.r2;
      above.text += cell.text;
      above.boxes.push(...cell.boxes);
    } else joined.cells.push({ ...cell, r1: cell.r1 + offset, r2: cell.r2 + offset, boxes: [...cell.boxes] });
  }
  joined.rows += next.rows;
}

/** Same outer edges: the continuation of a table drawn with the same frame. */
function sameFrame(a: PdfCell[], b: PdfCell[]): boolean {
  const left = (cs: PdfCell[]) => Math.min(...cs.map((c) => c.x1));
  const right = (cs: PdfCell[]) => Math.max(...cs.map((c) => c.x2));
  return same(left(a), left(b)) && same(right(a), right(b));
}

/**
 * Joins tables that continue over a page break: a table that ends the page (nothing but the page
 * number below it) and one that starts the next page (nothing above it), drawn with the same frame.
 * `endsPage` and `startsPage` are decided by the caller, who knows the text around the tables.
 */
export function joinTables(parts: ReadonlyArray<PdfPageTable & { endsPage: boolean; startsPage: boolean }>): JoinedTable[] {
  const out: JoinedTable[] = [];
  let prev: (typeof parts)[number] | null = null;
  for (const part of parts) {
    const last = out[out.length - 1];
    if (prev && last && prev.endsPage && part.startsPage && part.page === prev.page + 1 && sameFrame(last.cells, part.cells)) append(last, part);
    else out.push({ cells: part.cells.map((c) => ({ ...c, boxes: [...c.boxes] })), rows: part.rows });
    prev = part;
  }
  return out;
}

/** Sorted distinct x positions, merged where closer than SNAP. */
function columnLines(cells: PdfCell[]): number[] {
  const xs = cells.flatMap((c) => [c.x1, c.x2]).sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of xs) if (out.length === 0 || x - out[out.length - 1] > SNAP) out.push(x);
  return out;
}

/**
 * The reader's RawTable: each cell in the row it starts, with its column and spans counted on the
 * column lines of the whole table (a part on another page may have a line the first part lacks).
 * `source` is the list of boxes where the cell is printed, for the viewer.
 */
export function toRawTable(table: JoinedTable, index: number): RawTable {
  const xs = columnLines(table.cells);
  const col = (x: number) => xs.findIndex((v) => Math.abs(v - x) <= SNAP);
  const rows: RawTable['rows'] = Array.from({ length: table.rows }, () => []);
  for (const c of [...table.cells].sort((a, b) => a.r1 - b.r1 || a.x1 - b.x1)) {
    const c1 = col(c.x1);
    rows[c.r1].push({ text: c.text, row: c.r1, col: c1, rowSpan: c.r2 - c.r1 + 1, colSpan: Math.max(1, col(c.x2) - c1), source: c.boxes });
  }
  return { index, rows };
}
