import { badgeFor } from '../../lib/badge';
import type { PublicReport } from '../../lib/model/public-report';
import { reportVerdict } from '../../lib/report/report-verdict';
import { verdictTitle } from '../../lib/report/verdict-words';
import { plural } from '../../lib/text/plural';
import { cellOf, classify, findingKey, wrongCells, type MutantOutcome } from './classify';
import { fixtureSource } from './fixture-source';
import type { Fixture } from './fixtures';
import { FORMS, type FormId } from './forms';
import { locateFigures, type Figure } from './locate-figures';
import { applyMutant, mutantsOf, type Mutant, type MutantKind } from './mutants';
import { formBytes, NO_PRODUCERS, readReport, type Producers, type ReadReport } from './read-report';
import { textStream } from './text-stream';
import { truthValues } from './truth';

export interface MutantResult {
  form: FormId;
  fixture: string;
  path: string;
  kind: MutantKind;
  from: number;
  to: number;
  outcome: MutantOutcome;
  cause: string;
  wrong: string[];
}

/** How a fixture reads unchanged: what every mutant of it is measured against. */
export interface Baseline {
  form: FormId;
  fixture: string;
  /** null when read; otherwise why not */
  unreadable: string | null;
  cells: number;
  exact: number;
  unread: number;
  wrong: string[];
  /** error findings on the consistent report (false alarms) */
  errors: string[];
  badge: string;
}

export interface Excluded {
  form: FormId;
  fixture: string;
  why: string;
}

export interface SuiteResult {
  baselines: Baseline[];
  mutants: MutantResult[];
  excluded: Excluded[];
}

export interface RunOptions {
  /** mutants per fixture, taken evenly over its figures (all when absent) */
  perFixture?: number;
  /** forms whose every figure is changed once, the kind turning from figure to figure (+1, −1, digit): PDFs, a second each */
  oncePerFigure?: readonly FormId[];
  /** a cap on mutants per fixture for some forms (PDFs), over `perFixture` */
  capPerForm?: Partial<Record<FormId, number>>;
  producers?: Producers;
  /** mutants run whatever the sample, e.g. the ones that once showed a wrong number */
  always?: readonly { fixture: string; path: string; to: number }[];
  /** called after each fixture (the runner's progress line) */
  progress?: (fixture: Fixture, done: number, total: number) => void;
}

/** The badge a report would get, in words (`✓`, `?`, an error count), or why it was not read. */
export function badgeText(read: ReadReport): string {
  if (!read.ok) return `not read: ${read.reason}`;
  const r = read.report;
  const v = reportVerdict(r);
  const badge = badgeFor({ type: 'report-summary', isReport: r.detected, verdict: v }, 'en');
  // the verdict and the errors and warnings it counts; notes (a spacing note on one form) change no verdict
  return badge ? `${badge.text} (${verdictTitle(v, 'en')}: ${plural(v.errors, 'error')}, ${plural(v.warnings, 'warning')})` : 'not a report';
}

/** One mutant per figure, the kind turning with the figure's index (the next kind there is where one is missing). */
export function onePerFigure(mutants: readonly Mutant[]): Mutant[] {
  const byFigure = new Map<Figure, Mutant[]>();
  for (const m of mutants) byFigure.set(m.figure, [...(byFigure.get(m.figure) ?? []), m]);
  return [...byFigure.values()].map((ms, i) => ms[i % ms.length]!);
}

/** `n` of the mutants, evenly spread (every k-th, from the middle of the first stride): the same on every run. */
export function spread<T>(items: readonly T[], n: number | undefined): T[] {
  if (n === undefined || n >= items.length) return [...items];
  const k = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(k / 2 + i * k)]!);
}

function baselineOf(f: Fixture, read: ReadReport): Baseline {
  const printed = truthValues(f.truth);
  const base = { form: f.form, fixture: f.name, cells: printed.size, badge: badgeText(read) };
  if (!read.ok) return { ...base, unreadable: read.reason, exact: 0, unread: printed.size, wrong: [], errors: [] };
  const r: PublicReport = read.report;
  const values = [...printed.keys()].map((p) => cellOf(r, p)?.value ?? null);
  return {
    ...base,
    unreadable: null,
    exact: [...printed.values()].filter((v, i) => v !== null && values[i] === v).length,
    unread: values.filter((v) => v === null).length,
    wrong: wrongCells(r, printed),
    errors: r.findings.filter((f) => f.severity === 'error').map(findingKey),
  };
}

/** Where a fixture prints each figure, or why they could not all be found (the fixture is then left out). */
export function figuresOf(f: Fixture, source: string): Figure[] | string {
  try {
    return locateFigures(textStream(source, FORMS[f.form].syntax), f.truth);
  } catch (e) {
    return `figures not located: ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function runFixture(f: Fixture, opts: RunOptions, out: SuiteResult): Promise<void> {
  if (!f.consistent) return void out.excluded.push({ form: f.form, fixture: f.name, why: 'inconsistent as printed' });
  const source = fixtureSource(f);
  const figures = figuresOf(f, source);
  if (typeof figures === 'string') return void out.excluded.push({ form: f.form, fixture: f.name, why: figures });
  const producers = opts.producers ?? NO_PRODUCERS;
  const [bytes] = await formBytes(f, [source], producers);
  const unchanged = await readReport(f, bytes!);
  out.baselines.push(baselineOf(f, unchanged));
  const before = new Set(unchanged.ok ? unchanged.report.findings.filter((x) => x.severity === 'error').map(findingKey) : []);
  const truth = truthValues(f.truth);
  const every = mutantsOf(figures, FORMS[f.form].runTogether);
  const cap = Math.min(opts.perFixture ?? Infinity, opts.capPerForm?.[f.form] ?? Infinity);
  const picked = new Set(spread(opts.oncePerFigure?.includes(f.form) ? onePerFigure(every) : every, Number.isFinite(cap) ? cap : undefined));
  const always = (m: Mutant) => opts.always?.some((a) => a.fixture === f.name && a.path === m.path && a.to === m.to);
  const mutants = every.filter((m) => picked.has(m) || always(m));
  // PDFs are made in batches, the next batch while this one is read (Chromium and LibreOffice are processes
  // of their own); LibreOffice starts once a batch
  const width = f.form === 'pdf' ? 8 : f.form === 'pdf-lo' ? 40 : 1;
  const make = (i: number) =>
    formBytes(
      f,
      mutants.slice(i, i + width).map((m) => applyMutant(source, m)),
      producers,
    );
  let next = make(0);
  for (let i = 0; i < mutants.length; i += width) {
    const batch = mutants.slice(i, i + width);
    const made = await next;
    if (i + width < mutants.length) next = make(i + width);
    for (const [j, m] of batch.entries()) {
      const read = await readReport(f, made[j]!);
      const printed = new Map(truth).set(m.path, m.to);
      out.mutants.push({ form: f.form, fixture: f.name, path: m.path, kind: m.kind, from: m.from, to: m.to, ...classify(read, m.path, printed, before) });
    }
  }
}

/** Runs every mutant (or `perFixture` of them) of every fixture, one after another, in the given order. */
export async function runMutants(fixtures: readonly Fixture[], opts: RunOptions = {}): Promise<SuiteResult> {
  const out: SuiteResult = { baselines: [], mutants: [], excluded: [] };
  for (const [i, f] of fixtures.entries()) {
    await runFixture(f, opts, out);
    opts.progress?.(f, i + 1, fixtures.length);
  }
  return out;
}
