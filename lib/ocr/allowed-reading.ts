import { ctcProbability, digitBeam, type Alternative, type DigitMatrix } from './ctc-decode';
import { soleItem } from '../model/item-at';

/** How a figure was recognised, as the arithmetic sees it. */
export interface FigureReading {
  /** the value read first; undefined when the picture gave no figure (a smudge, a seal) */
  value: number | undefined;
  /** no ink in the cell: printed blank, never changed */
  blank: boolean;
  alternatives: Alternative[];
  digits?: DigitMatrix;
}

/** A reading the recogniser itself gives this much probability is one of the cell's own alternatives. */
export const OWN_ALTERNATIVE = 1e-4;

/** Known confusions of printed digits: one dropped digit, or 1↔7, 0↔8 (9↔g is the digit decoding itself). */
export function isKnownConfusion(read: string, wanted: string): boolean {
  if (wanted.length === read.length + 1) for (let i = 0; i < wanted.length; i++) if (wanted.slice(0, i) + wanted.slice(i + 1) === read) return true;
  if (wanted.length !== read.length) return false;
  const diffs = [...wanted].map((c, i) => [c, read.charAt(i)] as const).filter(([a, b]) => a !== b);
  const diff = soleItem(diffs);
  if (!diff) return false;
  const pair = diff.slice().sort().join('');
  return pair === '17' || pair === '08';
}

/**
 * Whether the arithmetic may set this cell to `value`: only to one of the picture's own readings (the
 * recogniser's alternatives), or to a known confusion of the reading that the picture still allows
 * (its CTC probability within 10⁻⁴ of the reading's). Never a blank cell, never a negative or
 * fractional figure.
 * @example allowedReading({ value: 12, blank: false, alternatives: [{ text: '12', p: 0.9 }, { text: '17', p: 0.05 }] }, 17) → true
 */
export function allowedReading(r: FigureReading, value: number): boolean {
  if (r.blank || !Number.isInteger(value) || value < 0 || value > 9_999_999) return false;
  const s = String(value);
  if (r.alternatives.some((a) => a.text === s && a.p >= OWN_ALTERNATIVE)) return true;
  if (!r.digits) return false;
  if (r.value === undefined) return digitBeam(r.digits).some((a) => a.text === s && a.p >= OWN_ALTERNATIVE);
  const read = String(r.value);
  if (!isKnownConfusion(read, s)) return false;
  return ctcProbability(r.digits, s) >= OWN_ALTERNATIVE * Math.max(1e-30, ctcProbability(r.digits, read));
}
