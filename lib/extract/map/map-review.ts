import { cellPath } from '../../model/cell-ref';
import { REVIEW_COLUMNS, REVIEW_GROUPS, type ReviewColumn, type ReviewGroup } from '../../model/keys';
import type { Cell, CellTable, ExtractionProblem } from '../../model/types';
import { normalizeLabel } from '../../text/normalize-label';
import type { RawCell, RawTable } from '../raw-table';
import { expandGrid } from './expand-grid';
import { looksLikeValue, toCell } from './to-cell';
import { itemAt } from '../../model/item-at';

type Slot = { group: ReviewGroup; col: ReviewColumn };

function classifyColumn(text: string): ReviewColumn | null {
  const s = normalizeLabel(text);
  if (/^(结果)?维持$/.test(s)) return 'upheld';
  if (/^(结果)?纠正$/.test(s)) return 'corrected';
  if (/^其他(结果)?$/.test(s)) return 'other';
  if (/^尚未审结$|^未审结$/.test(s)) return 'pending';
  if (/^(总计|合计|小计)$/.test(s)) return 'total';
  return null;
}

/** The group of table 四 a label names (`litigation` for 行政诉讼 alone, which does not say which), or null. */
export function classifyGroup(text: string): ReviewGroup | 'litigation' | null {
  const s = normalizeLabel(text);
  if (/未经复议/.test(s)) return 'litigationDirect';
  if (/复议后起诉/.test(s)) return 'litigationAfterReconsideration';
  if (/^行政复议$/.test(s)) return 'reconsideration';
  if (/^行政诉讼$/.test(s)) return 'litigation';
  return null;
}

/**
 * Maps table 四 (15 numbers in three groups) to canonical keys by its header labels: the group of each
 * column from the group labels above it, the column from its own label. The data row is the row whose
 * cells are all values.
 */
export function mapReview(raw: RawTable, spans: boolean): { table: CellTable; problems: ExtractionProblem[] } {
  const problems: ExtractionProblem[] = [];
  const dataIndex = raw.rows.findIndex(
    (r) => r.length >= 5 && r.every((c) => c.unread || looksLikeValue(c.text)) && r.some((c) => c.text.trim() !== '' || c.unread),
  );
  const data = raw.rows[dataIndex];
  if (!data) {
    problems.push({ kind: 'row-missing', table: 'review', detail: { code: 'no-data-row' } });
    return { table: {}, problems };
  }
  const header = raw.rows.slice(Math.max(0, dataIndex - 8), dataIndex);
  const byGrid = spans ? gridSlots(header, data) : null;
  let slots = (byGrid?.every((s) => s !== null) ? unique(byGrid as Slot[]) : null) ?? slotsBySequence(header);
  const cut = !slots && byGrid && data.length < 15 ? cutSlots(byGrid, data) : null;
  if (cut) return { table: readSlots(cut.slots, data, raw.index), problems: [cutProblem(cut.missing)] };
  if (slots?.length !== 15) {
    problems.push({ kind: 'columns-by-position', table: 'review', detail: { code: 'by-position' } });
    slots = REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((col) => ({ group, col })));
  }
  if (data.length !== slots.length) {
    problems.push({
      kind: 'row-incomplete',
      table: 'review',
      detail: { code: 'review-cells', count: data.length, printed: data.map((c) => c.text.trim()) },
    });
    // more figures than columns as well as fewer: which cell is not the table's cannot be told, so none is read
    return { table: {}, problems };
  }
  return { table: readSlots(slots, data, raw.index), problems };
}

/** The data row's cells under their slots (null: a cell not read). */
function readSlots(slots: readonly (Slot | null)[], data: readonly RawCell[], tableIndex: number): CellTable {
  const table: CellTable = {};
  slots.forEach((slot, i) => {
    if (!slot) return;
    const cells: Record<string, Cell> = (table[slot.group] ??= {});
    // a slot per data cell at most: the grid's slots stand over the row's cells, and a longer list is turned back above
    cells[slot.col] = toCell(itemAt(data, i, 'review data cell'), tableIndex);
  });
  return table;
}

/**
 * Table 四 narrower than the template (cut at the page edge: LibreOffice's 15-column table loses its last
 * columns): the data cells whose group and column the header names, each once, in one run with at most one
 * unnamed cell at either end (the column the edge cuts through: its label is not printed whole, its figure
 * may not be either, so it is never read). The slots the header does not name are missing from the table.
 */
function cutSlots(byGrid: readonly (Slot | null)[], data: readonly RawCell[]): { slots: (Slot | null)[]; missing: Slot[] } | null {
  const first = byGrid.findIndex((s) => s !== null);
  const last = byGrid.findLastIndex((s) => s !== null);
  // no slot named: first and last are -1, and the last test turns it back
  if (first > 1 || last < byGrid.length - 2) return null;
  // the slots outside first…last are null; the data row has five cells at least, so three of them are named
  const named = byGrid.filter((s) => s !== null);
  if (named.length !== last + 1 - first) return null;
  const keys = named.map((s) => `${s.group}.${s.col}`);
  if (new Set(keys).size !== keys.length || data.slice(first, last + 1).some((c) => c.colSpan !== 1)) return null;
  const missing = REVIEW_GROUPS.flatMap((group) => REVIEW_COLUMNS.map((col) => ({ group, col }))).filter((s) => !keys.includes(`${s.group}.${s.col}`));
  return { slots: [...byGrid], missing };
}

/** A cut table 四 said once: which of its columns are not in the table, their cells named. */
function cutProblem(missing: readonly Slot[]): ExtractionProblem {
  const groups = REVIEW_GROUPS.flatMap((group) => {
    const cols = missing.filter((s) => s.group === group).map((s) => s.col);
    return cols.length > 0 ? [{ group, cols }] : [];
  });
  return {
    kind: 'cells-unread',
    table: 'review',
    detail: { code: 'cut-review-columns', printed: 15 - missing.length, missing: groups },
    cells: missing.map((s) => cellPath('review', s.group, s.col)),
  };
}

/** Each data cell's slot by the labels above it in the span-expanded header; null where they name none. */
function gridSlots(header: readonly (readonly RawCell[])[], data: readonly RawCell[]): (Slot | null)[] {
  const grid = expandGrid(header);
  return data.map((cell) => slotAt(grid, cell.col));
}

function slotAt(grid: readonly (readonly (RawCell | undefined)[])[], at: number): Slot | null {
  let group: ReviewGroup | 'litigation' | null = null;
  let col: ReviewColumn | null = null;
  for (const line of grid) {
    const above = line[at];
    if (!above) continue;
    const g = classifyGroup(above.text);
    // the litigation sub-groups are more specific than 行政诉讼; 行政复议 heads its own columns
    if (g === 'litigationDirect' || g === 'litigationAfterReconsideration') group = g;
    else if (group === null) group = g;
    col = classifyColumn(above.text) ?? col;
  }
  return group && group !== 'litigation' && col ? { group, col } : null;
}

/**
 * Flattened text: the columns of 行政复议 stand in the same header row as the two litigation group
 * labels; the next row lists the litigation columns, five per group, in the order the groups are printed.
 */
function slotsBySequence(header: readonly (readonly RawCell[])[]): Slot[] | null {
  const slots: Slot[] = [];
  const subgroups: ReviewGroup[] = [];
  const pending: ReviewColumn[] = [];
  for (const row of header) {
    const cols = row.map((c) => classifyColumn(c.text)).filter((c): c is ReviewColumn => c !== null);
    const groups = row.map((c) => classifyGroup(c.text)).filter((g): g is ReviewGroup => g === 'litigationDirect' || g === 'litigationAfterReconsideration');
    if (groups.length > 0) {
      slots.push(...cols.map((col) => ({ group: 'reconsideration' as const, col })));
      subgroups.push(...groups);
    } else pending.push(...cols);
  }
  // no litigation group: per is NaN or Infinity, turned back below
  const per = pending.length / subgroups.length;
  if (per !== 5) return null;
  subgroups.forEach((group, g) => pending.slice(g * per, (g + 1) * per).forEach((col) => slots.push({ group, col })));
  return unique(slots);
}

function unique(slots: Slot[]): Slot[] | null {
  const seen = new Set(slots.map((s) => `${s.group}.${s.col}`));
  return seen.size === slots.length && slots.length === 15 ? slots : null;
}
