import { cellPath } from '../../model/cell-ref';
import { REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUPS, type ReviewGroup } from '../../model/keys';
import type { ExtractionProblem } from '../../model/types';
import { classifyGroup } from '../map/map-review';
import { plainCell, type RawCell, type RawTable } from '../raw-table';
import type { MdItem, MdRow } from './markdown-items';
import type { MarkdownTable } from './markdown-requests';
import { rowShape, soleWindow } from './markdown-row-shape';
import { soleItem } from '../../model/item-at';

const START = /行政复议/;
const END = /主要问题|改进情况|其他需要报告|^[五六七]、/;
const ALL = REVIEW_GROUPS.length * REVIEW_COLUMNS.length;

interface Figures {
  item: number;
  row: MdRow;
  values: string[];
}

/**
 * Reads table 四 from converter Markdown, from the first line naming 行政复议 at or after `from`. Two
 * layouts are read: one row of 15 figures (its pipe table's rows above it are the header, read by
 * mapReview as a flattened table's), or three tables of five, one per group, each named by its own
 * label or by the heading above it (行政复议 / 未经复议直接起诉 / 复议后起诉), rebuilt into the one-row
 * form. Figures that fit neither, or stand in more than one place, are not read.
 */
export function readMarkdownReview(items: readonly MdItem[], from: number): MarkdownTable | null {
  // a heading or a table cell: a sentence of the narrative (针对行政复议、行政诉讼案件…) does not start the table
  const start = items.findIndex((it, i) => i >= from && (it.kind === 'text' ? it.text.length <= 40 && START.test(it.text) : START.test(it.cells.join(''))));
  if (start < 0) return null;
  const rows: Figures[] = [];
  let end = start;
  for (; end < items.length; end++) {
    const it = items[end];
    if (!it) break;
    if (it.kind === 'text') {
      // a row of figures read already: the line naming the end is past the table's first item
      if (rows.length > 0 && END.test(it.text)) break;
      continue;
    }
    const shape = rowShape(it.cells);
    if (shape.printed > 0) rows.push({ item: end, row: it, values: shape.values });
  }
  if (rows.length === 0) return null;
  const taken = new Set<number>();
  for (let i = start; i < end; i++) taken.add(i);
  const table = oneRow(items, start, rows) ?? perGroup(items, start, rows);
  if (table) return { table, problems: [], items: taken };
  const printed = rows.map((r) => r.row.cells.map((c) => c.trim() || '□').join('|'));
  const problems: ExtractionProblem[] = [
    {
      kind: 'cells-unread',
      table: 'review',
      detail: { code: 'markdown-review', printed },
      cells: REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => cellPath('review', g, c))),
    },
  ];
  const unread = Array.from({ length: ALL }, (_, c) => ({ ...plainCell('', 2, c), unread: true }));
  const labels = REVIEW_COLUMNS.map((c) => REVIEW_COLUMN_LABELS[c]);
  return { table: rebuilt([labels, labels, labels], unread), problems, items: taken };
}

/**
 * The one row of 15 figures and the header rows of its pipe table above it, under the line that opened
 * the table (行政复议、行政诉讼…), which names the table when its header is cut to fragments (维持|纠正|结果|审结).
 */
function oneRow(items: readonly MdItem[], start: number, rows: readonly Figures[]): RawTable | null {
  const [first] = rows;
  if (!first) return null;
  const { item, row } = first;
  const cells = rows.length === 1 ? row.cells : continued(items, rows);
  if (!cells) return null;
  const at = soleWindow(rowShape(cells), ALL, rows.length === 1 ? row.lost : 0);
  if (at === undefined) return null;
  const head: string[][] = [];
  for (let i = item - 1; i >= 0; i--) {
    const it = items[i];
    if (it?.kind !== 'row' || it.piece !== row.piece) break;
    head.unshift(it.cells);
  }
  const data = cells.slice(at, at + ALL);
  const opening = items[start];
  const caption = opening?.kind === 'text' ? [[opening.text]] : [];
  return { index: 0, rows: [...caption, ...head, data].map((cells, r) => cells.map((t, c) => plainCell(t, r, c))) };
}

/**
 * The 15 figures of a row the converter continued in the next row or pipe table: rows with nothing but
 * figures (no label, no empty cell), one after the other with only page numbers or images between, that
 * print 15 figures together. Null when they are anything else.
 */
function continued(items: readonly MdItem[], rows: readonly Figures[]): string[] | null {
  const cells = rows.flatMap((r) => r.row.cells);
  const plain = rows.every((r) => {
    const shape = rowShape(r.row.cells);
    return shape.labels.length === 0 && shape.printed === r.row.cells.length;
  });
  const together = rows.every((r, i) => {
    const prev = rows[i - 1];
    return !prev || items.slice(prev.item + 1, r.item).every((it) => it.kind === 'text' && it.filler);
  });
  return plain && together && cells.length === ALL ? cells : null;
}

/**
 * Three rows of five figures, one per group: the group from the row's label or the nearest line or
 * header cell above it that names one. Rebuilt as the flattened template prints table 四: 行政复议's
 * column labels with the two litigation group labels, then theirs, then the 15 figures.
 */
function perGroup(items: readonly MdItem[], start: number, rows: readonly Figures[]): RawTable | null {
  if (rows.length !== REVIEW_GROUPS.length) return null;
  const found = new Map<ReviewGroup, { labels: string[]; values: string[] }>();
  for (const { item, row } of rows) {
    const at = soleWindow(rowShape(row.cells), REVIEW_COLUMNS.length, row.lost);
    const group = groupAbove(items, start, item);
    if (at === undefined || !group || found.has(group)) return null;
    const head = items[item - 1];
    const labels = head?.kind === 'row' && head.piece === row.piece && rowShape(head.cells).printed === 0 ? head.cells.slice(-REVIEW_COLUMNS.length) : [];
    found.set(group, { labels, values: row.cells.slice(at, at + REVIEW_COLUMNS.length) });
  }
  // three rows, each of a group of its own: every group is found
  const parts = REVIEW_GROUPS.flatMap((g) => found.get(g) ?? []);
  if (parts.length !== REVIEW_GROUPS.length) return null;
  return rebuilt(
    parts.map((p) => p.labels),
    parts.flatMap((p) => p.values).map((t, c) => plainCell(t, 2, c)),
  );
}

/**
 * Table 四 as the flattened template prints it, for mapReview: 行政复议's column labels beside the two
 * litigation group labels, then the litigation columns' labels, then the 15 figures.
 */
function rebuilt(labels: readonly (readonly string[])[], values: RawCell[]): RawTable {
  const pad = (l: readonly string[] | undefined) => Array.from({ length: REVIEW_COLUMNS.length }, (_, i) => l?.[i] ?? '');
  return {
    index: 0,
    rows: [
      ['行政复议', ...pad(labels[0]), '行政诉讼', '未经复议直接起诉', '复议后起诉'].map((t, c) => plainCell(t, 0, c)),
      [...pad(labels[1]), ...pad(labels[2])].map((t, c) => plainCell(t, 1, c)),
      values,
    ],
  };
}

/** The group named by a row's own label, or else by the nearest text or header cell above it (back to the table's start). */
function groupAbove(items: readonly MdItem[], start: number, item: number): ReviewGroup | null {
  for (let i = item; i >= start; i--) {
    const it = items[i];
    if (!it) break;
    // a row's own cells name a group by its labels only: blanks and figures name none
    const texts = it.kind === 'text' ? [it.text] : it.cells;
    const groups = texts.map(classifyGroup).filter((g): g is ReviewGroup => g !== null && g !== 'litigation');
    const one = soleItem(groups);
    if (one) return one;
    if (groups.length > 1) return null;
  }
  return null;
}
