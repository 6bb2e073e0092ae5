/**
 * How the figures of one table row may be cut into cells when the text runs them together
 * (`一、本年新收政府信息公开申请数量15130000154`: crawler text of a page whose cells lost their separators).
 *
 * A run is lexed into atoms: digit strings, marks (`/`, `-`, `—`: one cell each) and signed numbers
 * (`+12`, `-8`, the 2019 本年增/减). A space is always a cell boundary (it came from a cell's own padding),
 * though not every boundary has one (`10 0 0 0 01` is 1|0|0|0|0|0|1). A cell never starts with 0 unless it
 * is 0 (no printed count has a leading zero), and holds at most MAX_DIGITS digits. Every cell of a split
 * is a substring of the run: nothing is invented.
 */

/** What one cell of the row may hold. `sum` must equal the cells it names (a 总计); `amount` is a decimal with an optional unit and ends the row. */
export type Slot = { kind: 'count' } | { kind: 'signed' } | { kind: 'amount' } | { kind: 'sum'; of: readonly number[] };

export interface SplitResult {
  /** each split: one printed token per slot (a mark such as "/" for a not-applicable cell) */
  splits: string[][];
  /** true when the search stopped at `limit` splits or at its step budget: more splits may exist */
  truncated: boolean;
}

type Atom = { kind: 'digits'; text: string } | { kind: 'mark'; text: string } | { kind: 'signed'; text: string };

/** No count in these tables has more than 7 digits (9,999,999 applications); longer pieces are not cells. */
export const MAX_DIGITS = 7;
const STEP_BUDGET = 200_000;

const MARK = /^(?:\/|—+|－+|–+|-+|\\)/;

/**
 * Lexes a run into atoms; null when it holds anything that is not a figure, a mark or a space. With
 * `decimals`, digit atoms may hold a decimal point (only an amount cell may take one).
 */
export function lexRun(run: string, decimals = false): Atom[] | null {
  const atoms: Atom[] = [];
  const s = run.normalize('NFKC').replace(/[\u00a0\u3000\u200b]/g, ' ');
  const digitsRe = decimals ? /^\d[\d.]*/ : /^\d+/;
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const signed = /^[+-]\d+/.exec(rest);
    const prev = atoms[atoms.length - 1];
    // a sign that follows a space or a mark starts a number; "12-8" inside a digit run would be two cells and a dash
    if (signed && (i === 0 || /\s/.test(s[i - 1]!) || prev?.kind === 'mark')) {
      atoms.push({ kind: 'signed', text: signed[0] });
      i += signed[0].length;
      continue;
    }
    const digits = digitsRe.exec(rest);
    if (digits) {
      atoms.push({ kind: 'digits', text: digits[0] });
      i += digits[0].length;
      continue;
    }
    const mark = MARK.exec(rest);
    if (mark) {
      atoms.push({ kind: 'mark', text: mark[0] });
      i += mark[0].length;
      continue;
    }
    return null;
  }
  return atoms;
}

/**
 * Every way of cutting `run` into `slots.length` cells that fits the slots (up to `limit` splits).
 * @example splitRun('15130000154', ROW_SLOTS).splits → [['151', '3', '0', '0', '0', '0', '154']]
 */
export function splitRun(run: string, slots: readonly Slot[], limit = 64): SplitResult {
  const amountLast = slots[slots.length - 1]?.kind === 'amount';
  // an amount cell ends its row and may carry its unit (政府集中采购 547.9659万元)
  const unit = amountLast ? (/(万元|元)\s*$/.exec(run)?.[1] ?? '') : '';
  const atoms = lexRun(unit ? run.replace(/(万元|元)\s*$/, '') : run, amountLast);
  if (!atoms) return { splits: [], truncated: false };
  const splits: string[][] = [];
  const tokens: string[] = [];
  let steps = 0;
  let truncated = false;

  const value = (t: string): number | null => (/^\d+$/.test(t) ? Number(t) : null);
  const expected = (slot: Slot): number | null => {
    if (slot.kind !== 'sum') return null;
    let total = 0;
    for (const i of slot.of) {
      const v = value(tokens[i] ?? '');
      if (v === null) return null;
      total += v;
    }
    return total;
  };

  // (atom, offset): where the next cell starts; a cell never spans two atoms
  const walk = (atom: number, offset: number): void => {
    if (truncated) return;
    if (++steps > STEP_BUDGET) {
      truncated = true;
      return;
    }
    const n = tokens.length;
    if (n === slots.length) {
      if (atom === atoms.length) {
        splits.push([...tokens]);
        if (splits.length >= limit) truncated = true;
      }
      return;
    }
    if (atom === atoms.length) return;
    // prune: the atoms left cannot fill the slots left (each atom is at least one cell)
    if (atoms.length - atom > slots.length - n) return;
    const a = atoms[atom]!;
    const slot = slots[n]!;
    const next = (t: string, nextAtom: number, nextOffset: number) => {
      tokens.push(t);
      walk(nextAtom, nextOffset);
      tokens.pop();
    };
    if (a.kind === 'mark') {
      if (slot.kind !== 'amount' || atom === atoms.length - 1) next(a.text, atom + 1, 0);
      return;
    }
    if (a.kind === 'signed') {
      if (slot.kind === 'signed') next(a.text, atom + 1, 0);
      return;
    }
    const rest = a.text.slice(offset);
    // a cell taken from the front of what is left of this atom: on to the next atom when it is used up
    const step = (t: string, left: number) => (t.length === left ? next(t, atom + 1, 0) : next(t, atom, offset + t.length));
    if (slot.kind === 'amount') {
      if (atom === atoms.length - 1 && /^(0|[1-9]\d*)(\.\d+)?$/.test(rest)) next(rest + unit, atom + 1, 0);
      return;
    }
    const want = expected(slot);
    if (want !== null) {
      const t = String(want);
      if (rest.startsWith(t)) step(t, rest.length);
      return;
    }
    const max = rest.startsWith('0') ? 1 : Math.min(MAX_DIGITS, rest.length);
    for (let len = 1; len <= max; len++) {
      const t = rest.slice(0, len);
      if (t.includes('.')) break;
      step(t, rest.length);
    }
  };
  walk(0, 0);
  return { splits, truncated };
}

/** The slots of a 表三 row: six applicant columns and their 总计 (rule T3-B). */
export const ROW_SLOTS: readonly Slot[] = [...Array.from({ length: 6 }, () => ({ kind: 'count' }) as const), { kind: 'sum', of: [0, 1, 2, 3, 4, 5] }];

/** The slots of 表四's one row: three groups of 维持, 纠正, 其他, 尚未审结 and their 总计 (T4-A/B/C). */
export const REVIEW_SLOTS: readonly Slot[] = [0, 5, 10].flatMap((g) => [...Array.from({ length: 4 }, () => ({ kind: 'count' }) as const), { kind: 'sum', of: [g, g + 1, g + 2, g + 3] } as const]);

/** The same number of cells with no arithmetic: how many ways the digits alone allow. */
export function freeSlots(slots: readonly Slot[]): Slot[] {
  return slots.map((s) => (s.kind === 'sum' ? { kind: 'count' } : s));
}
