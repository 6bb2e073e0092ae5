import type { MutantOutcome } from './classify';
import { FORM_IDS, type FormId } from './forms';
import type { MutantResult } from './run-mutants';

/** Issue 15: at least 95% of each form's mutants and 97% of all caught, and no number shown that is not printed. */
export const THRESHOLDS = { perForm: 0.95, overall: 0.97 } as const;

/** One line of the suite's table: a form's mutants by outcome. */
export interface FormFigures {
  form: FormId | 'all';
  fixtures: number;
  mutants: number;
  counts: Record<MutantOutcome, number>;
  /** caught / mutants (1 when there are none) */
  caught: number;
  meets: boolean;
}

const OUTCOMES: readonly MutantOutcome[] = ['caught', 'missed-unread', 'missed-silent', 'missed-elsewhere', 'wrong'];

function figuresOf(form: FormId | 'all', results: readonly MutantResult[], floor: number): FormFigures {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, results.filter((r) => r.outcome === o).length])) as Record<MutantOutcome, number>;
  const caught = results.length === 0 ? 1 : counts.caught / results.length;
  return {
    form,
    fixtures: new Set(results.map((r) => `${r.form}:${r.fixture}`)).size,
    mutants: results.length,
    counts,
    caught,
    meets: caught >= floor && counts.wrong === 0,
  };
}

/** Each measured form's figures, then all forms together (against the overall threshold). */
export function formFigures(results: readonly MutantResult[]): FormFigures[] {
  const forms = FORM_IDS.filter((f) => results.some((r) => r.form === f));
  return [
    ...forms.map((f) =>
      figuresOf(
        f,
        results.filter((r) => r.form === f),
        THRESHOLDS.perForm,
      ),
    ),
    figuresOf('all', results, THRESHOLDS.overall),
  ];
}

/** The misses grouped by form, outcome and cause, largest first, each with the rows it touched and an example. */
export interface MissGroup {
  form: FormId;
  outcome: MutantOutcome;
  cause: string;
  count: number;
  fixtures: string[];
  rows: string[];
  example: string;
}

export function missGroups(results: readonly MutantResult[]): MissGroup[] {
  const groups = new Map<string, MissGroup>();
  for (const r of results) {
    if (r.outcome === 'caught') continue;
    const key = `${r.form}\u0001${r.outcome}\u0001${r.cause}`;
    const g = groups.get(key) ?? { form: r.form, outcome: r.outcome, cause: r.cause, count: 0, fixtures: [], rows: [], example: '' };
    g.count++;
    if (!g.fixtures.includes(r.fixture)) g.fixtures.push(r.fixture);
    const row = r.path.slice(0, r.path.lastIndexOf('.'));
    if (!g.rows.includes(row)) g.rows.push(row);
    g.example ||= `${r.fixture}: ${r.path} ${r.from} → ${r.to}${r.wrong.length > 0 ? `; shown: ${r.wrong.slice(0, 2).join(', ')}` : ''}`;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => FORM_IDS.indexOf(a.form) - FORM_IDS.indexOf(b.form) || b.count - a.count || a.cause.localeCompare(b.cause));
}
