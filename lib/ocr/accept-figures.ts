import { LEAST_ODDS, MAX_COMBINATIONS } from '../rules/helpers/each-reading';
import { figureOdds } from '../rules/helpers/ocr-reading';
import { allowedReading, type FigureReading } from './allowed-reading';
import type { Equation } from './template-equations';

/** What the arithmetic made of one figure (OcrMark.status), and the value to take when corrected. */
export interface FigureDecision {
  status: 'proven' | 'corrected' | 'unproven' | 'unread';
  value?: number;
}

/** The decisions, and the equations that fail whichever way their unsure figures are read: report errors. */
export interface Acceptance {
  decisions: Map<string, FigureDecision>;
  errors: string[];
}

type Values = Map<string, number | undefined>;

/** Σ coef × value, or the terms not known (a figure not read, a cell not in the table). */
function evaluate(eq: Equation, values: Values): { sum: number; unknown: string[] } {
  let sum = 0;
  const unknown: string[] = [];
  for (const t of eq.terms) {
    const v = values.get(t.path);
    if (v === undefined) unknown.push(t.path);
    else sum += t.coef * v;
  }
  return { sum, unknown };
}

/** The value of `path` that makes `eq` hold, the other terms as they are. */
function solve(eq: Equation, path: string, values: Values): number | undefined {
  const term = eq.terms.find((t) => t.path === path);
  if (!term) return undefined;
  const rest = evaluate(eq, new Map([...values, [path, 0]]));
  return rest.unknown.length > 0 ? undefined : -rest.sum / term.coef;
}

/**
 * The unsure figures that some reading of the page would change to make `eq` hold: every way of taking the
 * unsure cells' values (figureOdds) whose odds together are LEAST_ODDS or more is tried. Empty when none
 * holds (the report's error); null when the ways are too many to try (then every unsure figure is in doubt).
 */
function changedToHold(eq: Equation, values: Values, unsure: Map<string, [number, number][]>): Set<string> | null {
  const changed = new Set<string>();
  const terms = eq.terms;
  const chosen: number[] = [];
  let tried = 0;
  const walk = (k: number, sum: number, odds: number): boolean => {
    if (++tried > MAX_COMBINATIONS) return false;
    const t = terms[k];
    // past the last term: every one has a value chosen
    if (!t) {
      if (sum === 0) terms.forEach((t, i) => chosen[i] !== values.get(t.path) && changed.add(t.path));
      return true;
    }
    for (const [v, o] of unsure.get(t.path) ?? [[values.get(t.path) ?? 0, 1]]) {
      if (odds * o < LEAST_ODDS) continue;
      chosen[k] = v;
      if (!walk(k + 1, sum + t.coef * v, odds * o)) return false;
    }
    return true;
  };
  return walk(0, 0, 1) ? changed : null;
}

/**
 * The template's arithmetic deciding on figures read by OCR (report-format.md §4; issue 16):
 * - a figure in an equation that holds is proven;
 * - a single misread breaks a row equation and a column equation: the cell where they cross is set to
 *   the value both ask for, only if that is one of the picture's own readings (allowedReading) and
 *   every equation of the cell then holds, and no other cell could mend the same equations;
 * - an equation still failing that some reading of its unsure figures would satisfy (their alternatives,
 *   the odds of the changes together LEAST_ODDS or more, as the rules try them) is a reading problem: the
 *   figures such a reading changes are unread (`?`); one that fails under every reading is the report's
 *   error, its figures kept as read (unproven) and the rules, trying the same readings, flag it.
 * Cells absent from `readings` (blank, not applicable, not in the table) count as their values.
 */
export function acceptFigures(readings: ReadonlyMap<string, FigureReading>, fixed: ReadonlyMap<string, number>, equations: readonly Equation[]): Acceptance {
  const values: Values = new Map(fixed);
  for (const [p, r] of readings) values.set(p, r.value);
  const decided = new Map<string, FigureDecision>();
  const eqsOf = (p: string) => equations.filter((e) => e.terms.some((t) => t.path === p));
  const holdsAll = (p: string, v: number) =>
    eqsOf(p).every((e) => {
      const r = evaluate(e, new Map([...values, [p, v]]));
      return r.unknown.length > 0 || r.sum === 0;
    });
  for (let round = 0; round < 50; round++) {
    const proven = new Set<string>();
    const failing: Equation[] = [];
    for (const e of equations) {
      const r = evaluate(e, values);
      if (r.unknown.length === 0) r.sum === 0 ? e.terms.forEach((t) => proven.add(t.path)) : failing.push(e);
    }
    const fixes: { path: string; value: number; mends: Equation[] }[] = [];
    for (const [path, r] of readings) {
      if (proven.has(path) || decided.get(path)?.status === 'unread') continue;
      // a figure not read at all, or one where a failed row and a failed column cross
      const broken = failing.filter((e) => e.terms.some((t) => t.path === path));
      const mine = eqsOf(path);
      const asking = r.value === undefined ? mine.filter((e) => evaluate(e, values).unknown.length === 1) : broken;
      if (!asking.some((e) => e.across === 'row') || !asking.some((e) => e.across === 'column')) continue;
      const wanted = new Set(asking.map((e) => solve(e, path, new Map([...values, [path, 0]]))));
      if (wanted.size !== 1) continue;
      const value = [...wanted][0];
      if (value === undefined || !allowedReading(r, value) || !holdsAll(path, value)) continue;
      fixes.push({ path, value, mends: asking });
    }
    // a fix is taken only when no other cell could mend any of the same equations
    const taken = fixes.filter((f) => !fixes.some((g) => g !== f && g.mends.some((e) => f.mends.includes(e))));
    for (const f of taken) {
      values.set(f.path, f.value);
      decided.set(f.path, { status: 'corrected', value: f.value });
    }
    if (taken.length === 0) break;
  }
  const proven = new Set<string>();
  const errors: string[] = [];
  for (const e of equations) {
    const r = evaluate(e, values);
    if (r.unknown.length === 0 && r.sum === 0) e.terms.forEach((t) => proven.add(t.path));
  }
  for (const e of equations) {
    const r = evaluate(e, values);
    if (r.unknown.length > 0 || r.sum === 0) continue;
    const unsure = new Map<string, [number, number][]>();
    for (const t of e.terms) {
      const reading = readings.get(t.path);
      if (!reading || reading.value === undefined || proven.has(t.path) || decided.has(t.path)) continue;
      const vals = figureOdds(String(reading.value), reading.alternatives);
      if (vals.length > 1) unsure.set(t.path, vals);
    }
    // a figure that some reading of its picture would change to make the equation hold is in doubt, not an error
    const changed = changedToHold(e, values, unsure);
    if (changed === null) for (const p of unsure.keys()) decided.set(p, { status: 'unread' });
    else if (changed.size > 0) for (const p of changed) decided.set(p, { status: 'unread' });
    else errors.push(e.id);
  }
  for (const [path, r] of readings) {
    if (decided.has(path)) continue;
    if (r.value === undefined) decided.set(path, { status: 'unread' });
    else decided.set(path, { status: proven.has(path) ? 'proven' : 'unproven' });
  }
  return { decisions: decided, errors };
}
