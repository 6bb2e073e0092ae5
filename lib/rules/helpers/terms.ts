import { cellPath } from '../../model/cell-ref';
import {
  REQUEST_COLUMN_LABELS,
  REQUEST_ROW_LABELS,
  REQUEST_ROW_SHORT,
  REVIEW_COLUMN_LABELS,
  REVIEW_GROUP_LABELS,
  type RequestColumn,
  type RequestRow,
  type ReviewColumn,
  type ReviewGroup,
} from '../../model/keys';
import { REQUEST_COLUMN_LABELS_EN, REQUEST_ROW_LABELS_EN, REVIEW_COLUMN_LABELS_EN, REVIEW_GROUP_LABELS_EN } from '../../model/labels-en';
import type { Cell, CellTable } from '../../model/types';
import type { Term } from '../../model/finding';
import type { Bilingual } from '../../model/lang';
import { isUnsureOcr } from './ocr-reading';

// requestTerm's short English names of the rows arithmetic names often (一, 二, （七）, 四)
const EN_SHORT: Record<string, string> = {
  newReceived: 'new',
  carriedOver: 'carried over',
  totalProcessed: 'total processed',
  carriedForward: 'carried forward',
};

export function cellOf(table: CellTable | null, row: string, col: string): Cell | undefined {
  return table?.[row]?.[col];
}

/** A table-三 row as an operand is named: its short form 一/二/（七）/四 where the template has one, else its label. */
export function requestRowName(row: RequestRow | string): Bilingual {
  const short = REQUEST_ROW_SHORT[row as RequestRow];
  return { zh: short ?? REQUEST_ROW_LABELS[row as RequestRow] ?? row, en: EN_SHORT[row] ?? REQUEST_ROW_LABELS_EN[row as RequestRow] ?? row };
}

/** A table-三 operand, labelled by its row (requestRowName). */
export function requestTerm(table: CellTable | null, row: RequestRow | string, col: RequestColumn | string): Term {
  return withAbsence(
    { path: cellPath('requests', row, col), value: cellOf(table, row, col)?.value ?? null, label: requestRowName(row) },
    cellOf(table, row, col),
  );
}

/** A table-三 operand labelled by its column (for sums across a row). */
export function requestColumnTerm(table: CellTable | null, row: string, col: RequestColumn | string): Term {
  const zh = REQUEST_COLUMN_LABELS[col as RequestColumn] ?? col;
  return withAbsence(
    {
      path: cellPath('requests', row, col),
      value: cellOf(table, row, col)?.value ?? null,
      label: { zh, en: REQUEST_COLUMN_LABELS_EN[col as RequestColumn] ?? col },
    },
    cellOf(table, row, col),
  );
}

export function reviewTerm(table: CellTable | null, group: ReviewGroup, col: ReviewColumn): Term {
  return withAbsence(
    {
      path: cellPath('review', group, col),
      value: cellOf(table, group, col)?.value ?? null,
      label: { zh: REVIEW_COLUMN_LABELS[col], en: REVIEW_COLUMN_LABELS_EN[col] },
    },
    cellOf(table, group, col),
  );
}

function withAbsence(term: Term, cell: Cell | undefined): Term {
  if (!cell) return { ...term, absent: true };
  if (cell.note === 'unread') return { ...term, unread: true };
  // a figure OCR read that no equation proved is not read for sure: its readings are tried (readingIndex),
  // and no check stands on it as read (a 3 half rubbed out read 26 would make an error nobody printed)
  if (isUnsureOcr(cell)) return { ...term, value: null, unread: true };
  return cell.note === 'unreadable' ? { ...term, illegible: true } : term;
}

export function columnName(col: RequestColumn): Bilingual {
  return { zh: REQUEST_COLUMN_LABELS[col], en: REQUEST_COLUMN_LABELS_EN[col] };
}

export function groupName(group: ReviewGroup): Bilingual {
  return { zh: REVIEW_GROUP_LABELS[group], en: REVIEW_GROUP_LABELS_EN[group] };
}

export function rowName(row: RequestRow): Bilingual {
  return { zh: REQUEST_ROW_LABELS[row], en: REQUEST_ROW_LABELS_EN[row] };
}

/** Sum of values; null if any is null (never an invented 0). */
export function sum(terms: readonly Term[]): number | null {
  let total = 0;
  for (const t of terms) {
    if (t.value === null) return null;
    total += t.value;
  }
  return round(total);
}

/** Sum reading blanks as 0: only for the "would pass/fail if blanks were 0" hint. */
export function sumAsZero(terms: readonly Term[]): number {
  return round(terms.reduce((s, t) => s + (t.value ?? 0), 0));
}

/**
 * The "would pass/fail if blanks were 0" hint of a check with figures missing; null when one of them is
 * printed but no figure (`x`): that is no blank, and no sum should count it as 0.
 */
export function ifBlanksZero(left: readonly Term[], right: readonly Term[]): 'pass' | 'fail' | null {
  if ([...left, ...right].some((t) => t.illegible)) return null;
  return sumAsZero(left) === sumAsZero(right) ? 'pass' : 'fail';
}

/** Removes floating-point noise from sums of decimal cells (the fee in 万元). */
export function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
