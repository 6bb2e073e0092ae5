import { cellPath } from '../../model/cell-ref';
import { REQUEST_COLUMN_LABELS, REQUEST_COLUMNS } from '../../model/keys';
import type { ExtractionProblem, UnreadMarkdown } from '../../model/types';
import { normalizeLabel } from '../../text/normalize-label';
import { matchCategory, matchRequestRow, type RequestCategory } from '../map/match-request-row';
import type { RequestColumnKey } from '../map/request-columns';
import { plainCell, type RawCell, type RawTable } from '../raw-table';
import type { MdItem } from './markdown-items';
import { agreesWith, type HeaderUnit, resolveRequestColumns } from './markdown-request-columns';
import { type FigureRow, placeRows, type Placement } from './markdown-request-rows';
import { SLOT_ORDER, type Slot, slotLabels, slotName, slotOf } from './markdown-request-slots';
import { rowShape } from './markdown-row-shape';
import { itemAt } from '../../model/item-at';

/** A table read from Markdown by its structure: the grid for the label mapper, what could not be read, and the items it took. */
export interface MarkdownTable {
  table: RawTable;
  problems: ExtractionProblem[];
  /** indices of the items (rows and lines) that were this table's */
  items: Set<number>;
}

const SECTION_THREE = /^[一二三四五六七八九十]+、收到和处理/;
const FIRST_ROWS = /本年新收|上年结转|本年度办理结果|予以公开|部分公开|不予公开/;
const TABLE_END = /行政复议|行政诉讼|存在的主要问题|其他需要报告/;
/** The header printed over the rebuilt grid: the template's labels, and 小计 for the non-standard 法人 subtotal column. */
const COLUMN_TEXT: Record<RequestColumnKey, string> = { ...REQUEST_COLUMN_LABELS, legalSubtotal: '小计' };

/**
 * Reads table 三 from converter Markdown by its structure, as the HTML reader reads a grid: the columns
 * from the header (markdown-request-columns.ts), each row of figures tied to a template row by its own
 * label or, where the converter moved or cut its label, by its place between labelled rows
 * (markdown-request-rows.ts), and its figures tied to the columns where they stand. Whatever cannot be
 * tied one way only is left unread and listed (`cells-unread`), never shifted. Returns the rebuilt grid
 * (template labels, one value cell per column, unread cells marked) for mapRequests; null without a
 * pipe row naming one of its first rows (本年新收 … 不予公开).
 */
export function readMarkdownRequests(items: readonly MdItem[]): MarkdownTable | null {
  // the first row of the table: 本年新收, or, where the converter lost that row, the first row naming a row of 三
  const first = items.findIndex((it) => it.kind === 'row' && it.cells.some((c) => FIRST_ROWS.test(normalizeLabel(c))));
  if (first < 0) return null;
  const start = headerStart(items, first);
  let end = items.findIndex((it, i) => i > first && TABLE_END.test(it.kind === 'text' ? it.text : it.cells.join('')));
  if (end < 0) end = items.length;

  const figures = figureRows(items, start, end);
  const firstKeyed = figures.find((f) => f.slot !== null)?.item ?? first;
  const units: HeaderUnit[] = [];
  for (const it of items.slice(start, firstKeyed)) {
    if (it.kind === 'text' && !it.filler) units.push({ cells: [it.text], pipe: false, heading: it.heading });
    else if (it.kind === 'row' && rowShape(it.cells).printed === 0) units.push({ cells: it.cells, pipe: true });
  }
  const resolved = resolveRequestColumns(units);
  const columns = resolved.columns;
  // a piece of the table under a header of its own that names the columns otherwise is not read
  const badPieces = new Set<number>();
  if (columns)
    for (const it of items.slice(firstKeyed, end))
      if (it.kind === 'row' && it.head && rowShape(it.cells).printed === 0 && !agreesWith({ cells: it.cells, pipe: true }, columns)) badPieces.add(it.piece);
  const { placed, extras } = placeRows(
    figures.filter((f) => f.item >= firstKeyed || /\d/.test(f.cells.join(''))),
    columns?.length ?? 7,
    badPieces,
  );
  if (!columns) for (const [slot, p] of placed) if ('values' in p) placed.set(slot, { reason: { why: 'header-order' } });
  const header = resolved.columns !== null && !resolved.template;
  // the label mapper finds the header above the 本年新收 row: without that row it would take the columns by position
  if (header && !placed.has('newReceived')) placed.set('newReceived', { reason: { why: 'row-not-found' } });

  const problems: ExtractionProblem[] = [];
  if (!columns) problems.push({ kind: 'cells-unread', table: 'requests', detail: { code: 'markdown-columns', names: resolved.names } });
  // 2019's single （六）其他处理 row: placed under its category's own slot, with no item of （六） placed
  const single = placed.has('#other') && ![...placed.keys()].some((s) => s.startsWith('other.'));
  const table = grid(placed, columns, header, single);
  const unread = [...placed].filter((e): e is [Slot, { reason: UnreadMarkdown }] => 'reason' in e[1]);
  if (unread.length > 0) {
    // slots left unread for one reason (a stretch of rows that cannot be tied) are named together
    const byReason = new Map<string, { slots: string[]; why: UnreadMarkdown }>();
    for (const [slot, p] of unread) {
      const key = JSON.stringify(p.reason);
      byReason.set(key, { slots: [...(byReason.get(key)?.slots ?? []), slotName(slot)], why: p.reason });
    }
    problems.push({
      kind: 'cells-unread',
      table: 'requests',
      detail: { code: 'markdown-rows', groups: [...byReason.values()] },
      cells: unread.flatMap(([slot]) => cellPaths(slot, columns, single)),
    });
  }
  for (const extra of extras) problems.push({ kind: 'extra-row', table: 'requests', row: extra });
  const taken = new Set<number>();
  for (let i = start; i < end; i++) taken.add(i);
  return { table, problems, items: taken };
}

/** Where the table's header begins: back from its first row to the section heading 三、收到和处理…, never past another table's figures. */
function headerStart(items: readonly MdItem[], first: number): number {
  let start = first;
  // the 40 items above the first row, nearest first
  for (const it of items.slice(Math.max(0, first - 40), first).reverse()) {
    if (it.kind === 'row' && /\d/.test(rowShape(it.cells).values.join(''))) break;
    start--;
    if (it.kind === 'text' && SECTION_THREE.test(normalizeLabel(it.text))) break;
  }
  return start;
}

/** The rows printing figures in [start, end), each keyed by its own label where that names a template row (categories carried down as printed). */
function figureRows(items: readonly MdItem[], start: number, end: number): FigureRow[] {
  const out: FigureRow[] = [];
  let category: RequestCategory | null = null;
  // only page numbers or images since the last row of figures
  let adjacent = false;
  items.slice(start, end).forEach((it, k) => {
    if (it.kind === 'text') {
      category = matchCategory(it.text) ?? category;
      adjacent &&= it.filler;
      return;
    }
    const shape = rowShape(it.cells);
    category = shape.labels.map(matchCategory).find((c) => c !== null) ?? category;
    if (shape.printed === 0) {
      adjacent = false;
      return;
    }
    // a row without a label names no row: matchRequestRow gives null for it
    const key = matchRequestRow(shape.labels, category);
    out.push({ item: start + k, cells: it.cells, piece: it.piece, lost: it.lost, shape, slot: key === null ? null : slotOf(key), adjacent });
    adjacent = true;
  });
  return out;
}

/** The grid handed to mapRequests: the header (unless the columns are the template's by position), then each placed row in template order. */
function grid(placed: ReadonlyMap<Slot, Placement>, columns: readonly RequestColumnKey[] | null, header: boolean, single: boolean): RawTable {
  const width = columns?.length ?? 7;
  const rows: RawCell[][] = [];
  if (header && columns) rows.push([plainCell('', 0, 0), ...columns.map((c, i) => plainCell(COLUMN_TEXT[c], 0, i + 1))]);
  for (const slot of SLOT_ORDER) {
    const p = placed.get(slot);
    if (!p || (slot.startsWith('#') && !(single && slot === '#other') && !('values' in p))) continue;
    const r = rows.length;
    const labels = slotLabels(slot).map((t, c) => plainCell(t, r, c));
    const values = Array.from({ length: width }, (_, c) =>
      // a placed row's values are `width` cells: valueWindows only starts a window that many cells from the row's end
      'values' in p ? plainCell(itemAt(p.values, c, 'placed value'), r, labels.length + c) : { ...plainCell('', r, labels.length + c), unread: true },
    );
    rows.push([...labels, ...values]);
  }
  return { index: 0, rows };
}

/** The cells a slot left unread: none for a category's subtotal row (（六） too, above its items), which the public tables do not hold. */
function cellPaths(slot: Slot, columns: readonly RequestColumnKey[] | null, single: boolean): string[] {
  const key = slot === '#other' && single ? 'other' : slot.startsWith('#') ? null : slot;
  if (!key) return [];
  return (columns ?? REQUEST_COLUMNS).map((c) => cellPath('requests', key, c));
}
