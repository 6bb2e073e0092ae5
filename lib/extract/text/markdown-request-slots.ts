import { OUTCOME_ROWS_2021, REQUEST_ROW_LABELS, type RequestRow } from '../../model/keys';
import type { RequestCategory } from '../map/match-request-row';

/**
 * A place in table 三 in printed order: a canonical row, or `#category` for a row labelled by its
 * category alone (the 2019 template's single （六）其他处理 row, or a subtotal row above its items).
 */
export type Slot = RequestRow | `#${RequestCategory}`;

const CATEGORY_OF: Record<string, RequestCategory> = { denied: 'denied', unable: 'unable', notProcessed: 'notProcessed', other: 'other' };
const CATEGORY_LABELS: Record<RequestCategory, string> = {
  denied: '（三）不予公开',
  unable: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
};

/** Every slot in the template's printed order, a category's own slot just above its items. */
export const SLOT_ORDER: readonly Slot[] = (() => {
  const out: Slot[] = ['newReceived', 'carriedOver'];
  for (const row of OUTCOME_ROWS_2021) {
    // split always gives one piece at least: the row itself when it has no dot
    const category = CATEGORY_OF[row.split('.')[0] ?? row];
    if (category && !out.includes(`#${category}`)) out.push(`#${category}`);
    out.push(row);
  }
  out.push('totalProcessed', 'carriedForward');
  return out;
})();

/** The slot a matchRequestRow result names. */
export function slotOf(key: RequestRow | { categoryTotal: RequestCategory }): Slot {
  // matchRequestRow names the 2019 single （六） row by its category, never as the row `other`
  return typeof key === 'string' ? key : `#${key.categoryTotal}`;
}

/**
 * The slots a row of figures with no label of its own may fill, strictly between two slots (indices
 * into SLOT_ORDER, -1 and SLOT_ORDER.length for the ends): every template row, but never a category's
 * own slot, nor with （六） printed as one row (`single`) its three items. That one row is known by its
 * label only, so its own slot is one of the two ends, never between them.
 */
export function slotsBetween(from: number, to: number, single: boolean): Slot[] {
  return SLOT_ORDER.slice(from + 1, to).filter((s) => !s.startsWith('#') && !(single && s.startsWith('other.')));
}

/** The label a slot is printed with, as the label mapper reads it: a category's item as two cells. */
export function slotLabels(slot: Slot): string[] {
  if (slot.startsWith('#')) return [CATEGORY_LABELS[slot.slice(1) as RequestCategory]];
  const label = REQUEST_ROW_LABELS[slot as RequestRow];
  // the template's labels are fixed strings: a category's items begin with its number and end with their text
  const item = /(（[三四五六]）)(\d.*)/.exec(label);
  return item ? item.slice(1, 3) : [label];
}

/** One line's name of a slot, for messages. */
export function slotName(slot: Slot): string {
  return slotLabels(slot).join('');
}
