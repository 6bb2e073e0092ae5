import { allowedReading, unsureValues, type FigureReading } from './allowed-reading';
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
  const term = eq.terms.find((t) => t.path === path)!;
  const rest = evaluate(eq, new Map([...values, [path, 0]]));
  return rest.unknown.length > 0 ? undefined : -rest.sum / term.coef;
}

/** True when some choice among the unsure cells' values makes the equation hold (sums reachable, capped). */
function satisfiable(eq: Equation, values: Values, unsure: Map<string, number[]>): boolean {
  let sums = new Set([0]);
  for (const t of eq.terms) {
    const choices = unsure.get(t.path) ?? [values.get(t.path) ?? 0];
    const next = new Set<number>();
    for (const s of sums) for (const v of choices) next.add(s + t.coef * v);
    sums = next;
    if (sums.size > 50_000) return true;
  }
  return sums.has(0);
}

/**
 * The template's arithmetic deciding on figures read by OCR (report-format.md §4; issue 16):
 * - a figure in an equation that holds is proven;
 * - a single misread breaks a row equation and a column equation: the cell where they cross is set to
 *   the value both ask for, only if that is one of the picture's own readings (allowedReading) and
 *   every equation of the cell then holds, and no other cell could mend the same equations;
 * - an equation still failing that some choice of its unsure figures' alternatives would satisfy is a
 *   reading problem: those figures are unread (`?`); one that fails under every alternative is the
 *   report's error, its figures kept as read (unproven) for the rules to flag.
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
    const unsure = new Map<string, number[]>();
    for (const t of e.terms) {
      const reading = readings.get(t.path);
      if (!reading || proven.has(t.path) || decided.has(t.path)) continue;
      const vals = unsureValues(reading);
      if (vals.length > 1) unsure.set(t.path, vals);
    }
    if (unsure.size > 0 && satisfiable(e, values, unsure)) for (const p of unsure.keys()) decided.set(p, { status: 'unread' });
    else errors.push(e.id);
  }
  for (const [path, r] of readings) {
    if (decided.has(path)) continue;
    if (r.value === undefined) decided.set(path, { status: 'unread' });
    else decided.set(path, { status: proven.has(path) ? 'proven' : 'unproven' });
  }
  return { decisions: decided, errors };
}
