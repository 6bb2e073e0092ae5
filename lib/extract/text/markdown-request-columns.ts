import { REQUEST_COLUMN_LABELS, REQUEST_COLUMNS, type RequestColumn } from '../../model/keys';
import { normalizeLabel } from '../../text/normalize-label';
import { classifyHeader, readRequestColumns, type RequestColumnKey } from '../map/request-columns';
import { plainCell } from '../raw-table';
import { soleItem } from '../../model/item-at';

/** A piece of header text: the cells of one pipe row (in printed order), or one line of text (a `#` heading or not). */
export interface HeaderUnit {
  cells: readonly string[];
  pipe: boolean;
  heading?: boolean;
}

/** Table 三's value columns, told by the header's own layout or (`template`) by the template's order; or the columns the header names when it cannot be read. */
export type ResolvedColumns = { columns: RequestColumnKey[]; template: boolean } | { columns: null; names: string[] };

const GROUP = /法人或其他组织/g;

/**
 * The applicant columns a header cell names: its whole text (classifyHeader), or, for a cell a narrow
 * column cut (`社会公益`, `益组织`, `业`), the one column whose label it begins or ends.
 * A line of text may name several (`自然人总计`): whole labels only, in the order printed.
 */
function namesIn(unit: HeaderUnit): RequestColumn[] {
  if (!unit.pipe) {
    const text = normalizeLabel(unit.cells.join('')).replace(GROUP, '');
    const found: { at: number; col: RequestColumn }[] = [];
    for (const col of REQUEST_COLUMNS)
      for (let at = text.indexOf(REQUEST_COLUMN_LABELS[col]); at >= 0; at = text.indexOf(REQUEST_COLUMN_LABELS[col], at + 1)) found.push({ at, col });
    return found.sort((a, b) => a.at - b.at).map((f) => f.col);
  }
  return unit.cells.map(cellName).filter((c): c is RequestColumn => c !== null);
}

function cellName(text: string): RequestColumn | null {
  const whole = classifyHeader(text);
  if (whole) return whole === 'legalGroup' || whole === 'legalSubtotal' ? null : whole;
  const s = normalizeLabel(text);
  const partial = REQUEST_COLUMNS.filter((c) => REQUEST_COLUMN_LABELS[c].startsWith(s) || REQUEST_COLUMN_LABELS[c].endsWith(s));
  return soleItem(partial) ?? null;
}

/** Whether each name stands after every name before it in `order` (with `repeats`, or is the same name again). */
function ordered(names: readonly RequestColumn[], order: readonly RequestColumnKey[], repeats = false): boolean {
  const at = names.map((n) => order.indexOf(n));
  return at.every((x, i) => at.slice(0, i).every((p) => p < x || (repeats && p === x)));
}

/**
 * Which applicant column each of table 三's value columns is, from the header text above the first row
 * of figures: the header rows read as a grid when they are rows of one width (the 法人 group over its
 * five), or else in sequence as a flattened table's (readRequestColumns); else the template's order, but
 * only when nothing in the header names the columns in another: each row and line names its columns in
 * the template's order, and so do the pipe rows and headings read one after another (沭阳县's
 * `申请人情况 (自然人)`, a table `商业企业 | … | 其他`, `(总计)`). Lines of text are not read one after
 * another: a converter prints a header of several rows line by line (`自然人总计` over the five 法人
 * columns). A header naming the columns in another order that cannot be read whole gives no columns.
 */
export function resolveRequestColumns(units: readonly HeaderUnit[]): ResolvedColumns {
  const pipes = units.filter((u) => u.pipe);
  const rows = pipes.map((u, r) => u.cells.map((t, c) => plainCell(t, r, c)));
  const grid = pipes.every((u) => u.cells.length === pipes[0]?.cells.length);
  const byHeader = readRequestColumns(rows, grid);
  if (byHeader) return { columns: byHeader, template: false };
  const perUnit = units.map(namesIn);
  const structured = units.filter((u) => u.pipe || u.heading).flatMap(namesIn);
  // a heading and a pipe row may both name 总计 (沭阳县's `(总计)` over `类别 | 数据1 … | 总计`)
  if (perUnit.every((names) => ordered(names, REQUEST_COLUMNS)) && ordered(structured, REQUEST_COLUMNS, true))
    return { columns: [...REQUEST_COLUMNS], template: true };
  return { columns: null, names: (structured.length > 0 ? structured : perUnit.flat()).map((n) => REQUEST_COLUMN_LABELS[n]) };
}

/**
 * Whether a header row repeated over a later piece of the table agrees with the columns read: it names
 * them in the same order (placeholders such as `数据1` and a wrong header naming rows name none).
 */
export function agreesWith(unit: HeaderUnit, columns: readonly RequestColumnKey[]): boolean {
  const names = namesIn(unit);
  return names.every((n) => columns.includes(n)) && ordered(names, columns);
}
