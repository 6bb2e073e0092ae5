import { digitOf, type Figure } from './locate-figures';

/** How a figure is changed: by one up or down, or one digit changed (the leading one; a single digit by 5). */
export type MutantKind = 'plus' | 'minus' | 'digit';

/** One printed figure changed: the report is then wrong in exactly that cell (its truth was consistent). */
export interface Mutant {
  path: string;
  kind: MutantKind;
  from: number;
  to: number;
  figure: Figure;
}

/** The value a figure takes under a kind of change, or null where there is none (0 − 1). */
export function mutatedValue(value: number, kind: MutantKind): number | null {
  if (kind === 'plus') return value + 1;
  if (kind === 'minus') return value > 0 ? value - 1 : null;
  const s = String(value);
  if (s.length === 1) return (value + 5) % 10;
  const d = Number(s[0]);
  return Number(`${d < 9 ? d + 1 : d - 1}${s.slice(1)}`);
}

/**
 * Every mutant of every figure, in figure order: +1, −1, a digit changed. Where a form runs a row's
 * figures together, a mutant keeps the figure's length (9 + 1 = 10 would add a digit to the run: not the
 * same report with one figure wrong, but one with a figure more).
 */
export function mutantsOf(figures: readonly Figure[], runTogether: boolean): Mutant[] {
  const out: Mutant[] = [];
  for (const figure of figures) {
    const seen = new Set<number>();
    for (const kind of ['plus', 'minus', 'digit'] as const) {
      const to = mutatedValue(figure.value, kind);
      if (to === null || seen.has(to) || (runTogether && String(to).length !== String(figure.value).length)) continue;
      seen.add(to);
      out.push({ path: figure.path, kind, from: figure.value, to, figure });
    }
  }
  return out;
}

const FULL_WIDTH_ZERO = 0xff10;

/** A digit written as the source wrote the digit it replaces (full-width stays full-width). */
function like(original: string, digit: string): string {
  return original.charCodeAt(0) >= FULL_WIDTH_ZERO ? String.fromCharCode(FULL_WIDTH_ZERO + Number(digit)) : digit;
}

/**
 * Writes a figure's new value into the source where the figure is printed. The same length: digit for
 * digit, whatever stands between them (markup, blanks) kept. Another length: the figure's span rewritten.
 */
export function writeFigure(source: string, figure: Figure, value: number): string {
  const digits = String(value);
  const { offsets } = figure;
  const first = offsets[0]!;
  const last = offsets.at(-1)!;
  if (digits.length !== offsets.length) {
    const styled = [...digits].map((d) => like(source[first]!, d)).join('');
    return source.slice(0, first) + styled + source.slice(last + 1);
  }
  let out = '';
  let at = 0;
  offsets.forEach((o, i) => {
    if (digitOf(source[o]) < 0) throw new Error(`no digit at offset ${o} for ${figure.path}`);
    out += source.slice(at, o) + like(source[o]!, digits[i]!);
    at = o + 1;
  });
  return out + source.slice(at);
}

/** The source with the mutant applied. */
export function applyMutant(source: string, m: Mutant): string {
  return writeFigure(source, m.figure, m.to);
}
