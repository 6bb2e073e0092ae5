/**
 * How a cell's printed text was read. `blank`, `not-applicable`, `unreadable` and `unread` give a null
 * value: a blank is never a 0 (report-format.md §4). `unread`: the figures are printed but which of them
 * is this cell's cannot be told for sure (cells run together in the text), so none is taken.
 */
export type CellNote = 'blank' | 'not-applicable' | 'unreadable' | 'unread' | 'inner-space' | 'thousands' | 'unit';

export interface ParsedNumber {
  value: number | null;
  note?: CellNote;
  /** unit text typed in the cell (`元`, `万元`, `件`), kept for rule fee-amount */
  unit?: string;
}

const NOT_APPLICABLE = /^(\/|-|—|–|－|─|－－|--|——|\\|无|空|不适用|N\/A|\*)$/i;
const UNIT = /(万元|元|件|项|个|条|次)$/;

/**
 * Reads one cell's text as a number without inventing one.
 * Full-width digits and NBSP/U+3000 padding are accepted; a space inside a digit run (`1 0`, seed 002)
 * is read as one number with note `inner-space`; `1,234` with note `thousands`; `/`, `-`, `—`, `无`
 * are not-applicable (null); anything else unreadable (null). Signs are kept (2019 本年增/减). A figure of
 * more than 15 significant digits (or 21 digits in all) is not read (note `unread`): a double would hold
 * another number (9007199254740993 → …992).
 * @example parseNumber('１ ０') → { value: 10, note: 'inner-space' }
 */
export function parseNumber(raw: string): ParsedNumber {
  const text = raw
    .normalize('NFKC')
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ')
    .trim();
  if (text === '') return { value: null, note: 'blank' };
  if (NOT_APPLICABLE.test(text.replace(/\s+/g, ''))) return { value: null, note: 'not-applicable' };
  let body = text;
  let unit: string | undefined;
  const unitMatch = UNIT.exec(body);
  if (unitMatch && /\d/.test(body)) {
    unit = unitMatch[1];
    body = body.slice(0, unitMatch.index).trim();
  }
  let note: CellNote | undefined = unit ? 'unit' : undefined;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(body)) {
    body = body.replace(/,/g, '');
    note ??= 'thousands';
  }
  if (/^[+-]?\d+(\s+\d+)+(\.\d+)?$/.test(body)) {
    body = body.replace(/\s+/g, '');
    note = 'inner-space';
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(body)) return { value: null, note: 'unreadable' };
  // a double holds 15 significant digits exactly: beyond them the number read would not be the one printed
  if (
    body
      .replace(/^[+-]?0*/, '')
      .replace('.', '')
      .replace(/0+$/, '').length > 15 ||
    body.replace(/[+-.]/g, '').length > 21
  )
    return { value: null, note: 'unread' };
  const value = Number(body);
  return { value: Object.is(value, -0) ? 0 : value, ...(note ? { note } : {}), ...(unit ? { unit } : {}) };
}
