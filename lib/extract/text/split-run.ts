import { tokenValue } from './token-value';

/**
 * How the figures of one table row may be cut into cells when the text runs them together
 * (`一、本年新收政府信息公开申请数量15130000154`: crawler text of a page whose cells lost their separators).
 *
 * A run is lexed into atoms: digit strings, marks (`/`, `-`, `—`: one cell each) and signed numbers
 * (`+12`, `-8`, the 2019 本年增/减). A space is always a cell boundary (it came from a cell's own padding),
 * though not every boundary has one (`10 0 0 0 01` is 1|0|0|0|0|0|1). A cell never starts with 0 unless it
 * is 0 (no printed count has a leading zero), and holds at most MAX_DIGITS digits. Every cell of a split
 * is a substring of the run: nothing is invented.
 *
 * A signed number's digits may run on into the next cell too (`88 -51` is 88|-5|1 or 88|-51|…), and in a row
 * with a signed cell a dash glued to the figure before it is a sign or a mark (`88-51`: 88|-5|1 or 88|-|51).
 * Both are splits: where they differ the cells are left unread, never read one way by a guess.
 */

/** What one cell of the row may hold. `sum` must equal the cells it names (a 总计); `amount` is a decimal with an optional unit and ends the row. */
export type Slot = { kind: 'count' } | { kind: 'signed' } | { kind: 'amount' } | { kind: 'sum'; of: readonly number[] };

export interface SplitResult {
  /** each split: one printed token per slot (a mark such as "/" for a not-applicable cell) */
  splits: string[][];
  /** true when the search stopped at `limit` splits or at its step budget: more splits may exist */
  truncated: boolean;
  /** how many search steps the split took: its cost, counted (the pruning's tests and the bench read it) */
  steps: number;
}

/** `glued`: a sign right after a digit, which may instead be a mark of its own cell (lexRun's `signs`) */
type Atom = { kind: 'digits'; text: string } | { kind: 'mark'; text: string } | { kind: 'signed'; text: string; glued?: true };

/** No count in these tables has more than 7 digits (9,999,999 applications); longer pieces are not cells. */
export const MAX_DIGITS = 7;
const STEP_BUDGET = 200_000;

// (a full-width － is NFKC's -: lexRun normalises first)
const MARK = /^(?:\/|—+|–+|-+|\\)/;

/**
 * Lexes a run into atoms; null when it holds anything that is not a figure, a mark or a space. With
 * `decimals`, digit atoms may hold a decimal point (only an amount cell may take one). With `signs` (the row
 * has a signed cell), a sign glued to a digit before it starts a `glued` signed atom instead of a mark.
 */
export function lexRun(run: string, decimals: boolean, signs = false): Atom[] | null {
  const atoms: Atom[] = [];
  // NFKC makes a no-break or ideographic space a space; a zero-width space stands between two cells too
  const s = run.normalize('NFKC').replace(/\u200b/g, ' ');
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
    // a sign that follows a space or a mark starts a number; "12-8" inside a digit run is two cells and a dash,
    // or, in a row with a signed cell, either ("88-51": 88|-5|1 or 88|-|51): the search tries both
    const starts = i === 0 || /\s/.test(s.charAt(i - 1)) || prev?.kind === 'mark';
    if (signed && (starts || signs)) {
      atoms.push(starts ? { kind: 'signed', text: signed[0] } : { kind: 'signed', text: signed[0], glued: true });
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
  const amountLast = slots.at(-1)?.kind === 'amount';
  // an amount cell ends its row and may carry its unit (政府集中采购 547.9659万元)
  const unitAt = amountLast ? /(万元|元)\s*$/.exec(run) : null;
  const unit = unitAt?.[1] ?? '';
  const atoms = lexRun(
    unitAt ? run.slice(0, unitAt.index) : run,
    amountLast,
    slots.some((s) => s.kind === 'signed'),
  );
  const found: SplitResult = { splits: [], truncated: false, steps: 0 };
  if (!atoms || atoms.length === 0) return found;
  const search = (head: readonly Atom[], headSlots: readonly Slot[], closing: Closing | null) =>
    new Search(found, unit, limit, head, headSlots, closing).walk(0, 0);
  const last = slots.at(-1);
  const tail = atoms.at(-1);
  if (last?.kind === 'sum' && tail?.kind === 'digits') {
    // a 总计 that closes the row is a suffix of the last atom: try each, so that its addends are
    // searched against a known total (and cut off as soon as they exceed it)
    for (let k = 1; k <= Math.min(MAX_DIGITS, tail.text.length) && !found.truncated; k++) {
      const total = tail.text.slice(tail.text.length - k);
      if (total.length > 1 && total.startsWith('0')) continue;
      const head =
        k === tail.text.length ? atoms.slice(0, -1) : [...atoms.slice(0, -1), { kind: 'digits' as const, text: tail.text.slice(0, tail.text.length - k) }];
      search(head, slots.slice(0, -1), { of: last.of, total: Number(total), text: total });
    }
  } else search(atoms, slots, null);
  return found;
}

/** A 总计 that closes the row, tried against the addends it names. */
type Closing = { of: readonly number[]; total: number; text: string };

/**
 * The depth-first search of splitRun over one run (or one head of it, against one closing 总计): (atom,
 * offset) is where the next cell starts; a cell never spans two atoms. What it finds goes into `found`,
 * which every head of the run shares (its splits, the one limit and step budget).
 */
class Search {
  private readonly tokens: string[] = [];
  /** the atoms, each with the digits from it to the run's end (a mark counts one: it fills one cell; a sign none) */
  private readonly atoms: readonly (Atom & { left: number })[];

  constructor(
    private readonly found: SplitResult,
    private readonly unit: string,
    private readonly limit: number,
    atoms: readonly Atom[],
    private readonly slots: readonly Slot[],
    private readonly closing: Closing | null,
  ) {
    const size = (b: Atom) => (b.kind === 'digits' ? b.text.length : b.kind === 'signed' ? b.text.length - 1 : 1);
    this.atoms = atoms.map((a, i) => ({ ...a, left: atoms.slice(i).reduce((n, b) => n + size(b), 0) }));
  }

  /** The sum a 总计 slot must hold, or null when an addend is a mark (then it cannot be checked). */
  private expected(of: readonly number[]): number | null {
    let total = 0;
    for (const i of of) {
      const v = tokenValue(this.tokens[i]);
      if (v === null) return null;
      total += v;
    }
    return total;
  }

  private push(t: string, atom: number, offset: number): void {
    this.tokens.push(t);
    this.walk(atom, offset);
    this.tokens.pop();
  }

  walk(atom: number, offset: number): void {
    const { atoms, slots, tokens, closing, found } = this;
    if (found.truncated) return;
    if (++found.steps > STEP_BUDGET) {
      found.truncated = true;
      return;
    }
    const n = tokens.length;
    if (n === slots.length) {
      if (atom !== atoms.length) return;
      const sum = closing ? this.expected(closing.of) : null;
      if (closing && sum !== null && sum !== closing.total) return;
      found.splits.push(closing ? [...tokens, closing.text] : [...tokens]);
      if (found.splits.length >= this.limit) found.truncated = true;
      return;
    }
    // a slot is left (n < slots.length): a cell needs an atom left too
    const a = atoms[atom];
    const slot = slots[n];
    if (!a || !slot) return;
    // prune: each atom left is at least one cell; the digits left must fit the cells left; the
    // closing 总计's addends cannot already exceed it
    if (atoms.length - atom > slots.length - n) return;
    // (no addend has more digits than the 总计 it adds up to)
    let room = 0;
    for (let i = n; i < slots.length; i++)
      room += slots[i]?.kind === 'amount' ? Infinity : closing?.of.includes(i) ? Math.min(MAX_DIGITS, closing.text.length) : MAX_DIGITS;
    if (a.left - offset > room) return;
    if (closing) {
      let partial = 0;
      for (const i of closing.of) partial += tokenValue(tokens[i]) ?? 0;
      if (partial > closing.total) return;
    }
    // a mark is one cell whatever the slot (a 总计 or an amount printed "/" is not applicable)
    if (a.kind === 'mark') {
      this.push(a.text, atom + 1, 0);
      return;
    }
    const rest = a.text.slice(offset);
    // a cell taken from the front of what is left of this atom: on to the next atom when it is used up
    const take = (t: string) => (t.length === rest.length ? this.push(t, atom + 1, 0) : this.push(t, atom, offset + t.length));
    // a signed atom is its sign and some of its digits (the rest, if any, the next cells'); a glued dash may
    // be a mark instead, its digits the next cells'. Past its sign, an atom's digits are read as any digits
    if (a.kind === 'signed' && offset === 0) {
      if (a.glued && a.text.startsWith('-')) this.push('-', atom, 1);
      if (slot.kind !== 'signed') return;
      // no leading zero: a sign and 0 is a cell of its own
      const max = rest.charAt(1) === '0' ? 2 : Math.min(MAX_DIGITS + 1, rest.length);
      for (let len = 2; len <= max; len++) take(rest.slice(0, len));
      return;
    }
    // an amount ends its row (the prune above left it the last atom): all that is left of it, with the unit
    if (slot.kind === 'amount') {
      if (/^(0|[1-9]\d*)(\.\d+)?$/.test(rest)) this.push(rest + this.unit, atom + 1, 0);
      return;
    }
    const want = slot.kind === 'sum' ? this.expected(slot.of) : null;
    if (want !== null) {
      const t = String(want);
      if (rest.startsWith(t)) take(t);
      return;
    }
    const max = rest.startsWith('0') ? 1 : Math.min(MAX_DIGITS, rest.length, closing?.of.includes(n) ? closing.text.length : MAX_DIGITS);
    for (let len = 1; len <= max; len++) {
      const t = rest.slice(0, len);
      if (t.includes('.')) break;
      take(t);
    }
  }
}

/** The slots of a 表三 row: six applicant columns and their 总计 (rule T3-B). */
export const ROW_SLOTS: readonly Slot[] = [...Array.from({ length: 6 }, () => ({ kind: 'count' }) as const), { kind: 'sum', of: [0, 1, 2, 3, 4, 5] }];

/** The slots of 表四's one row: three groups of 维持, 纠正, 其他, 尚未审结 and their 总计 (T4-A/B/C). */
export const REVIEW_SLOTS: readonly Slot[] = [0, 5, 10].flatMap((g) => [
  ...Array.from({ length: 4 }, () => ({ kind: 'count' }) as const),
  { kind: 'sum', of: [g, g + 1, g + 2, g + 3] } as const,
]);

/** The same number of cells with no arithmetic: how many ways the digits alone allow. */
export function freeSlots(slots: readonly Slot[]): Slot[] {
  return slots.map((s) => (s.kind === 'sum' ? { kind: 'count' } : s));
}
