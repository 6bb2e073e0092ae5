import type { RequestColumn } from '../../model/keys';
import { normalizeLabel } from '../../text/normalize-label';
import type { RawCell } from '../raw-table';
import { expandGrid } from './expand-grid';

/** Table 三 column keys plus the non-standard 法人或其他组织 小计 column (report-format.md §3.2). */
export type RequestColumnKey = RequestColumn | 'legalSubtotal';

const LEGAL_GROUP = 'legalGroup';
type HeaderKey = RequestColumnKey | typeof LEGAL_GROUP;

/** The column a header cell names by its whole text (`legalGroup` for the 法人或其他组织 group), or null. */
export function classifyHeader(text: string): HeaderKey | null {
  const s = normalizeLabel(text);
  if (s === '自然人') return 'natural';
  if (s === '商业企业') return 'commercial';
  if (s === '科研机构') return 'research';
  if (s === '社会公益组织') return 'publicInterest';
  if (s === '法律服务机构') return 'legal';
  if (s === '其他') return 'other';
  if (s === '总计' || s === '合计') return 'total';
  if (s === '小计') return 'legalSubtotal';
  if (/^法人或其他组织/.test(s)) return LEGAL_GROUP;
  return null;
}

/**
 * Reads which applicant column each value column is, from the header rows, by label.
 * With real spans (HTML) each value column takes the deepest header label above it; for flattened
 * text (merged cells are empty cells, so positions do not line up) the 法人或其他组织 group label is
 * replaced by the sub-column labels of the next header row, in printed order.
 * Returns null when the labels do not name each column exactly once.
 */
export function readRequestColumns(header: readonly (readonly RawCell[])[], spans: boolean): RequestColumnKey[] | null {
  return (spans ? byGrid(header) : null) ?? bySequence(header);
}

function byGrid(header: readonly (readonly RawCell[])[]): RequestColumnKey[] | null {
  return valid(columnKeysByGrid(expandGrid(header)).filter((k): k is RequestColumnKey => k !== null));
}

/**
 * The column each grid column of a span-expanded header is, by the deepest label above it that names one
 * (the 法人或其他组织 group label names none), or null where no label does.
 * @example columnKeysByGrid(expandGrid(<note | 自然人 | 法人或其他组织 over 商业企业>)) → [null, 'natural', 'commercial']
 */
export function columnKeysByGrid(grid: readonly (readonly (RawCell | undefined)[])[]): (RequestColumnKey | null)[] {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const keys: (RequestColumnKey | null)[] = [];
  for (let c = 0; c < width; c++) {
    let key: RequestColumnKey | null = null;
    for (const line of grid) {
      const cell = line[c];
      const k = cell ? classifyHeader(cell.text) : null;
      if (k && k !== LEGAL_GROUP) key = k;
    }
    keys.push(key);
  }
  return keys;
}

function bySequence(header: readonly (readonly RawCell[])[]): RequestColumnKey[] | null {
  const rows = header.map((r) => r.map((c) => classifyHeader(c.text)).filter((k): k is HeaderKey => k !== null));
  const top = rows.findIndex((r) => r.includes('natural'));
  const topRow = rows[top];
  if (!topRow) return null;
  const sub = rows.slice(top + 1).find((r) => r.includes('commercial')) ?? [];
  const keys: RequestColumnKey[] = [];
  for (const k of topRow) {
    if (k === LEGAL_GROUP) keys.push(...sub.filter((s): s is RequestColumnKey => s !== LEGAL_GROUP));
    else keys.push(k);
  }
  return valid(keys);
}

function valid(keys: RequestColumnKey[]): RequestColumnKey[] | null {
  const distinct = keys.filter((k, i) => keys.indexOf(k) === i);
  if (distinct.length !== keys.length) return null;
  const required: RequestColumn[] = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'];
  return required.every((k) => keys.includes(k)) ? keys : null;
}
