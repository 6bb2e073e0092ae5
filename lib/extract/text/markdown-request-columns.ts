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

/** How table 三's value columns were told: by the header's own layout, or by the template's order. */
export type ColumnsBy = 'header' | 'template';

export type ResolvedColumns = { columns: RequestColumnKey[]; by: ColumnsBy } | { columns: null; names: string[] };

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
  if (s === '') return null;
  const partial = REQUEST_COLUMNS.filter((c) => REQUEST_COLUMN_LABELS[c].startsWith(s) || REQUEST_COLUMN_LABELS[c].endsWith(s));
  return soleItem(partial) ?? null;
}

const increasing = (names: readonly RequestColumn[], order: readonly RequestColumnKey[]) =>
  names.every((n, i) => {
    const prev = names[i - 1];
    return prev === undefined || order.indexOf(n) > order.indexOf(prev);
  });

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
  if (byHeader) return { columns: byHeader, by: 'header' };
  const perUnit = units.map(namesIn);
  const structured = units.filter((u) => u.pipe || u.heading).flatMap(namesIn);
  const inOrder = (names: readonly RequestColumn[]) =>
    names.every((n, i) => {
      const prev = names[i - 1];
      return prev === undefined || REQUEST_COLUMNS.indexOf(n) >= REQUEST_COLUMNS.indexOf(prev);
    });
  if (perUnit.every((names) => increasing(names, REQUEST_COLUMNS)) && inOrder(structured)) return { columns: [...REQUEST_COLUMNS], by: 'template' };
  return { columns: null, names: (structured.length > 0 ? structured : perUnit.flat()).map((n) => REQUEST_COLUMN_LABELS[n]) };
}

/**
 * Whether a header row repeated over a later piece of the table agrees with the columns read: it names
 * them in the same order (placeholders such as `数据1` and a wrong header naming rows name none).
 */
export function agreesWith(unit: HeaderUnit, columns: readonly RequestColumnKey[]): boolean {
  const names = namesIn(unit);
  return names.every((n) => columns.includes(n)) && increasing(names, columns);
}
