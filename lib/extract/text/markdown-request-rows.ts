import type { UnreadMarkdown } from '../../model/types';
import { SLOT_ORDER, type Slot, slotName, slotsBetween } from './markdown-request-slots';
import { type RowShape, rowShape, soleWindow, valueWindows } from './markdown-row-shape';
import { itemAt, soleItem } from '../../model/item-at';

/** A pipe row printing figures inside table 三, keyed to a slot by its own label where it has one that names a template row. */
export interface FigureRow {
  /** index of the row among the Markdown items */
  item: number;
  cells: string[];
  piece: number;
  /** cells lost at the row's end (MdRow.lost) */
  lost: number;
  shape: RowShape;
  slot: Slot | null;
  /** nothing but page numbers or images stands between this row and the row of figures before it */
  adjacent: boolean;
}

/** A slot's figures in column order, or why they were not read. */
export type Placement = { values: string[] } | { reason: UnreadMarkdown };

export interface Placed {
  placed: Map<Slot, Placement>;
  /** rows of figures that no template row is left for (their printed text) */
  extras: string[];
}

// cells come trimmed (parseMarkdownItems)
const printedText = (r: FigureRow) => r.cells.map((c) => c || '□').join('|');

/**
 * Ties each row of figures to a template row and its figures to the `width` columns, one way only or
 * not at all. Rows whose own label names a template row are anchors when they come in template order
 * (a label met twice, or out of order, leaves its row unread). Rows without such a label are tied by
 * place: between two anchors, when they are exactly as many as the template rows missing there, in
 * order; otherwise none of those rows is read. A row's figures stand in the one window of `width`
 * cells that holds them all (valueWindows); where an empty cell leaves two windows, the rows of the
 * same pipe table and layout that have one window settle it, when they all agree (pieceGeometry). A row cut in two by
 * the converter (its first cells, then the rest on the next row with no label) is joined when together
 * they print exactly `width` figures.
 */
export function placeRows(input: readonly FigureRow[], width: number, badPieces: ReadonlySet<number>): Placed {
  const rows = joinContinued(input, width);
  const geometry = pieceGeometry(rows, width);
  const placed = new Map<Slot, Placement>();
  const extras: string[] = [];
  const place = (slot: Slot, row: FigureRow) => placed.set(slot, tie(row, width, geometry, badPieces));

  const anchors: { at: number; idx: number; slot: Slot; row: FigureRow }[] = [];
  const contested = new Set<Slot>();
  rows.forEach((r, at) => {
    if (r.slot === null) return;
    const idx = SLOT_ORDER.indexOf(r.slot);
    const last = anchors[anchors.length - 1]?.idx ?? -1;
    if (idx > last) anchors.push({ at, idx, slot: r.slot, row: r });
    else contested.add(r.slot);
  });
  const anchorSlots = anchors.map((a) => a.slot);
  const single = anchorSlots.includes('#other') && !anchorSlots.some((s) => s.startsWith('other.'));
  for (const a of anchors) place(a.slot, a.row);

  const bounds = [{ at: -1, idx: -1 }, ...anchors, { at: rows.length, idx: SLOT_ORDER.length }];
  for (const [b, to] of bounds.entries()) {
    const from = bounds[b - 1];
    if (!from) continue;
    const gap = rows.slice(from.at + 1, to.at);
    if (gap.length === 0) continue;
    const slots = slotsBetween(from.idx, to.idx, single);
    if (slots.length === 0) extras.push(...gap.map(printedText));
    else if (slots.length === gap.length && gap.every((r) => r.slot === null)) gap.forEach((r, i) => place(itemAt(slots, i, 'template row'), r));
    else {
      // the first bound's index is -1 and the last's SLOT_ORDER.length: no template row there
      const fromSlot = SLOT_ORDER[from.idx];
      const toSlot = SLOT_ORDER[to.idx];
      const reason: UnreadMarkdown = {
        why: 'rows-between',
        from: fromSlot === undefined ? null : slotName(fromSlot),
        to: toSlot === undefined ? null : slotName(toSlot),
        printed: gap.map(printedText),
        slots: slots.length,
      };
      for (const s of slots) placed.set(s, { reason });
    }
  }
  for (const s of contested) placed.set(s, { reason: { why: 'contested' } });
  return { placed, extras };
}

function tie(row: FigureRow, width: number, geometry: ReadonlyMap<string, number | undefined>, badPieces: ReadonlySet<number>): Placement {
  if (badPieces.has(row.piece)) return { reason: { why: 'piece-header', printed: printedText(row) } };
  const windows = valueWindows(row.shape, width, row.lost);
  const agreed = geometry.get(layout(row));
  const start = windows.length === 1 ? windows[0] : agreed !== undefined && windows.includes(agreed) ? agreed : undefined;
  if (start !== undefined && start + width <= row.cells.length) return { values: row.cells.slice(start, start + width) };
  // one place for the figures, were the row as long as its table's other rows (a window within the row's own
  // cells is one of `windows` too, and when it is the only one the row was read above: so here they are several)
  if (valueWindows(row.shape, width).length === 1) return { reason: { why: 'short', printed: printedText(row), lost: row.lost } };
  if (windows.length > 1) return { reason: { why: 'positions', printed: printedText(row), windows: windows.length, width } };
  if (row.shape.mixed) return { reason: { why: 'interleaved', printed: printedText(row) } };
  if (row.shape.printed > width) return { reason: { why: 'too-many', printed: printedText(row), count: row.shape.printed, width } };
  // cells enough, yet no `width` of them hold every figure: blank cells stand among the figures
  if (row.shape.values.length >= width) return { reason: { why: 'spread', printed: printedText(row), count: row.shape.printed, width } };
  return { reason: { why: 'too-few', printed: printedText(row), count: row.shape.values.length, width } };
}

/**
 * For each pipe table and row layout (its width and where its labels end): the start of the value
 * columns, where at least two rows of that layout with one window each agree on it and none disagrees.
 * A converter keeps one layout's cells in place; rows of the same width but another label layout
 * (`2.重复申请 | 16 | … | 16 | ` beside `（五）不 | 3.要求… | 1 | … | 1`) are not evidence for each other.
 */
function pieceGeometry(rows: readonly FigureRow[], width: number): Map<string, number | undefined> {
  const starts = new Map<string, number[]>();
  for (const r of rows) {
    const only = soleWindow(r.shape, width, r.lost);
    if (only === undefined) continue;
    const key = layout(r);
    starts.set(key, [...(starts.get(key) ?? []), only]);
  }
  // undefined where the rows disagree: no start
  const agreed = new Map<string, number | undefined>();
  for (const [key, all] of starts) if (all.length >= 2) agreed.set(key, soleItem([...new Set(all)]));
  return agreed;
}

const layout = (r: FigureRow) => `${r.piece}|${r.cells.length}|${r.shape.valueStart}`;

/** Joins a row of too few figures with the next row when that one has no label and the two print exactly `width` figures. */
function joinContinued(rows: readonly FigureRow[], width: number): FigureRow[] {
  const out: FigureRow[] = [];
  // the index of a row already joined to the one before it
  let joined = -1;
  for (const [i, r] of rows.entries()) {
    if (i === joined) continue;
    const n = rows[i + 1];
    const full = (x: FigureRow) => !x.shape.mixed && x.shape.printed === x.shape.values.length;
    if (
      // a row without a label has no slot; with one figure at least, the first row's are fewer than `width`
      n?.adjacent &&
      n.shape.labels.length === 0 &&
      full(r) &&
      full(n) &&
      r.shape.values.length + n.shape.values.length === width
    ) {
      const cells = [...r.cells, ...n.cells];
      // the two print `width` figures and nothing else: none of their cells is lost
      out.push({ ...r, cells, lost: 0, shape: rowShape(cells) });
      joined = i + 1;
    } else out.push(r);
  }
  return out;
}
