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
/** A figure (or a blank mark) as a value cell prints it. */
const FIGURE = /^[\d\s,，.．]+$/;

const same = (a: number, b: number) => Math.abs(a - b) <= SNAP;
const rowText = (cells: PdfCell[], r: number) =>
  cells
    .filter((c) => c.r1 === r)
    .sort((a, b) => a.x1 - b.x1)
    .map((c) => `${c.r2 - c.r1}:${c.text.replace(/\s+/g, '')}`)
    .join('|');

/**
 * The lower half of a tall cell cut by the page break goes on with the upper half's label: some label
 * text, no figure on either side (a cell whose lines a page break left a few points off its row may
 * seem to span two rows; two figures are never one cell), and no new numbered label below.
 */
function continuesLabel(above: string, below: string): boolean {
  const [a, b] = [above.trim(), below.trim()];
  if (FIGURE.test(a) || FIGURE.test(b) || NEW_ITEM.test(b)) return false;
  return a !== '' || b !== '';
}

/**
 * How many rows at the top of the next part repeat the table's own header (a browser prints a
 * table's <thead> again on each page; Word and LibreOffice repeat the rows marked as heading): the
 * most rows, up to four, whose cells read the same as the table's first rows.
 */
function repeatedHeader(joined: JoinedTable, next: PdfPageTable): number {
  for (let k = Math.min(4, next.rows - 1, joined.rows - 1); k >= 1; k--) {
    const closed = (cells: PdfCell[]) => cells.every((c) => c.r1 >= k || c.r2 < k);
    if (!closed(joined.cells) || !closed(next.cells)) continue;
    let equal = true;
    for (let r = 0; r < k && equal; r++) equal = rowText(joined.cells, r) === rowText(next.cells, r) && rowText(next.cells, r) !== '';
    if (equal) return k;
  }
  return 0;
}

/**
 * The next part's first row is the rest of the previous part's last row, cut by the page break
 * (Word, LibreOffice and browsers let a row break across pages: "5.属于三类内" | "部事务信息"): each
 * of its cells continues a cell of that row with the same edges, none opens a numbered label, and
 * no column has a figure in both halves or a figure against a label. Some cell must be empty in one
 * half, as a cut row's are; two whole rows of labels are two rows.
 */
function continuesRow(above: PdfCell[], below: PdfCell[]): Map<PdfCell, PdfCell> | null {
  const pairs = new Map<PdfCell, PdfCell>();
  let oneSided = false;
  for (const b of below) {
    const a = above.find((p) => same(p.x1, b.x1) && same(p.x2, b.x2));
    const bt = b.text.trim();
    if (!a) {
      if (bt !== '') return null;
      continue;
    }
    const at = a.text.trim();
    if (bt !== '' && NEW_ITEM.test(bt)) return null;
    if (at !== '' && bt !== '' && (FIGURE.test(at) || FIGURE.test(bt))) return null;
    if ((at === '') !== (bt === '')) oneSided = true;
    pairs.set(b, a);
  }
  return oneSided || below.every((b) => b.text.trim() === '') ? pairs : null;
}

/**
 * Appends the next page's part of a table: its repeated header rows dropped, a row cut in two by the
 * break joined back, and a tall cell cut by the break (三、本年度办理结果, or （四）无法提供 printed as
 * "（四）无" | "法提供") continued in the top row of the next part with the same left and right edges
 * joined back into one cell when either half spans several rows and the lower half does not open a
 * new numbered label.
 */
function append(joined: JoinedTable, next: PdfPageTable): void {
  const skip = repeatedHeader(joined, next);
  const cells = next.cells.filter((c) => c.r1 >= skip).map((c) => ({ ...c, r1: c.r1 - skip, r2: c.r2 - skip }));
  const rows = next.rows - skip;
  const lastRow = joined.rows - 1;
  const above = joined.cells.filter((p) => p.r2 === lastRow);
  const split = continuesRow(
    above,
    cells.filter((c) => c.r1 === 0),
  );
  // a cut row: the next part's row 0 is the last row of the table; otherwise it follows it
  const offset = split ? lastRow : joined.rows;
  const top = cells.filter((c) => c.r1 === 0);
  // the next part's first row is a row of sub-headers under a wider cell of the last row (商业企业 …
  // under 法人或其他组织): the cells beside them with the same edges as a cell above (自然 | 人) are
  // header cells two rows tall that the break cut in two
  const nested = top.some((c) => above.some((p) => p.x1 <= c.x1 + SNAP && p.x2 >= c.x2 - SNAP && p.x2 - p.x1 > c.x2 - c.x1 + SNAP));
  for (const cell of cells) {
    const partner =
      cell.r1 !== 0
        ? undefined
        : split
          ? split.get(cell)
          : above.find((p) => same(p.x1, cell.x1) && same(p.x2, cell.x2) && (p.r2 > p.r1 || cell.r2 > cell.r1 || nested) && continuesLabel(p.text, cell.text));
    if (partner) {
      partner.r2 = offset + cell.r2;
      partner.text += cell.text;
      partner.boxes.push(...cell.boxes);
    } else if (!(split && cell.r1 === 0)) joined.cells.push({ ...cell, r1: cell.r1 + offset, r2: cell.r2 + offset, boxes: [...cell.boxes] });
  }
  joined.rows = offset + rows;
}

/**
 * The continuation of a table drawn with the same frame: the same right edge, and the same left edge
 * or one on a column line of the other part (a browser may leave a tall first column undrawn on a
 * page it cuts through, the part there starting one column in), with most column lines in common.
 */
function sameFrame(a: PdfCell[], b: PdfCell[]): boolean {
  const left = (cs: PdfCell[]) => Math.min(...cs.map((c) => c.x1));
  const right = (cs: PdfCell[]) => Math.max(...cs.map((c) => c.x2));
  if (!same(right(a), right(b))) return false;
  if (same(left(a), left(b))) return true;
  const [wide, narrow] = left(a) < left(b) ? [a, b] : [b, a];
  const lines = columnLines(wide);
  const own = columnLines(narrow);
  const shared = own.filter((x) => lines.some((y) => same(x, y))).length;
  return lines.some((x) => same(x, left(narrow))) && shared >= Math.max(3, own.length * 0.6);
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
  for (const x of xs) {
    const last = out.at(-1);
    if (last === undefined || x - last > SNAP) out.push(x);
  }
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
    const row = rows[c.r1];
    // a cell's rows are the table's own (joinTables counts them): one outside is a bug in the reader
    if (!row) throw new Error(`cell in row ${c.r1} of a table of ${table.rows} rows`);
    row.push({ text: c.text, row: c.r1, col: c1, rowSpan: c.r2 - c.r1 + 1, colSpan: Math.max(1, col(c.x2) - c1), source: c.boxes });
  }
  return { index, rows };
}
