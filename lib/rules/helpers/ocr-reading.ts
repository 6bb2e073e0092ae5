import type { Cell, CellReading } from '../../model/types';
import { LEAST_ODDS } from './each-reading';

/**
 * Whether a cell holds a figure read by OCR that the template's arithmetic did not prove (lib/ocr/accept-figures):
 * `unproven` (read, in no equation that holds) or `unread` with a figure read. Such a figure is not read for
 * sure: the rules try its readings (ocrReading), never take it as printed.
 */
export function isUnsureOcr(cell: Cell): boolean {
  // a blank cell (no ink) is blank, whatever its status: no equation needed it
  return cell.ocr !== undefined && ((cell.ocr.status === 'unproven' && cell.value !== null) || cell.ocr.status === 'unread');
}

/**
 * The values a figure read by OCR may hold, each with its odds against the likeliest (the probability the
 * recogniser gives it over the best one's), those at LEAST_ODDS or more: the figure read (odds 1) first,
 * then its alternatives that are figures as printed (no leading zero: "01" or "00" is no reading of a figure).
 * @example figureOdds('26', [{ text: '26', p: 0.99 }, { text: '36', p: 0.002 }]) → [[26, 1], [36, 0.00202…]]
 */
export function figureOdds(read: string, alternatives: readonly { text: string; p: number }[]): [number, number][] {
  const best = Math.max(0, ...alternatives.map((a) => a.p));
  const odds = new Map<number, number>([[Number(read), 1]]);
  for (const a of alternatives) {
    // a figure is never printed with a leading zero: 01 is a 0 and a speck, not a 1
    if (!/^(0|[1-9]\d*)$/.test(a.text)) continue;
    const v = Number(a.text);
    // no probability at all (best 0) gives odds NaN or -Infinity, which the test below keeps out
    const o = Math.min(1, a.p / best);
    if (o >= LEAST_ODDS && o > (odds.get(v) ?? 0)) odds.set(v, o);
  }
  return [...odds];
}

/**
 * What an OCR figure not proven may be (figureOdds) as a reading the rules try. Null when the picture gave
 * no figure at all (a smudge): the cell is then some count ≥ 0.
 * @example ocrReading('requests.granted.legal', cell read "26" with alternatives 26 (0.99), 36 (0.002)) → options [[26], [36]], odds [1, 0.00202…]
 */
export function ocrReading(path: string, cell: Cell): CellReading | null {
  const ocr = cell.ocr;
  if (!ocr || !/^\d+$/.test(ocr.read)) return null;
  const entries = figureOdds(ocr.read, ocr.alternatives);
  return { cells: [path], options: entries.map(([v]) => [v]), odds: entries.map(([, o]) => o), printed: '' };
}
