import { formFigures, missGroups, THRESHOLDS } from './figures';
import { FORM_IDS, VARIANT_IDS } from './forms';
import type { SuiteResult } from './run-mutants';
import type { VariantResult } from './run-variants';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The figures by form: mutants, caught %, missed (unread, silent, elsewhere), wrong, and whether the form meets the issue's bar. */
export function renderFigures(result: SuiteResult): string[] {
  const lines = [`form       fixtures  mutants   caught  caught%   unread   silent  elsewhere  wrong  meets`];
  for (const f of formFigures(result.mutants)) {
    const bar = f.form === 'all' ? THRESHOLDS.overall : THRESHOLDS.perForm;
    lines.push(
      [
        f.form.padEnd(9),
        pad(f.fixtures, 9),
        pad(f.mutants, 8),
        pad(f.counts.caught, 8),
        pad(pct(f.caught), 8),
        pad(f.counts['missed-unread'], 8),
        pad(f.counts['missed-silent'], 8),
        pad(f.counts['missed-elsewhere'], 10),
        pad(f.counts.wrong, 6),
        `  ${f.meets ? 'yes' : 'NO'} (≥ ${pct(bar)}, 0 wrong)`,
      ].join(' '),
    );
  }
  return lines;
}

/** The misses grouped by cause, so each reader's or rule's author sees what to fix. */
export function renderMisses(result: SuiteResult, examples = true): string[] {
  const groups = missGroups(result.mutants);
  if (groups.length === 0) return ['no miss'];
  return groups.flatMap((g) => [
    `${g.form.padEnd(9)} ${pad(g.count, 5)}  ${g.outcome}: ${g.cause}`,
    ...(examples
      ? [
          `${' '.repeat(17)}in ${g.fixtures.length} fixture(s): ${g.fixtures.slice(0, 4).join(', ')}${g.fixtures.length > 4 ? ', …' : ''}`,
          `${' '.repeat(17)}rows: ${g.rows.slice(0, 6).join(', ')}${g.rows.length > 6 ? `, … (${g.rows.length})` : ''}`,
          `${' '.repeat(17)}e.g. ${g.example}`,
        ]
      : []),
  ]);
}

/** Each fixture as read unchanged: cells exact, unread, wrong; false errors; its badge. And the fixtures left out. */
export function renderBaselines(result: SuiteResult): string[] {
  return [
    ...result.baselines.map(
      (b) =>
        `${b.form.padEnd(9)} ${b.fixture.padEnd(42)} ${b.unreadable ? `not read: ${b.unreadable}` : `${b.exact}/${b.cells} exact, ${b.unread} unread, ${b.wrong.length} wrong${b.errors.length > 0 ? `, false errors: ${b.errors.join('; ')}` : ''}; badge ${b.badge}`}${b.badge.startsWith('✓') && b.unread > 0 ? `  <- ✓ over ${b.unread} printed figures left unread` : ''}`,
    ),
    ...result.excluded.map((e) => `${e.form.padEnd(9)} ${e.fixture.padEnd(42)} not mutated: ${e.why}`),
  ];
}

/** The harmless variants by form and variant: how many fixtures kept every cell and the verdict, and what changed where not. */
export function renderVariants(results: readonly VariantResult[]): string[] {
  const lines: string[] = [];
  const pairs = FORM_IDS.flatMap((form) => VARIANT_IDS.map((variant) => [form, variant] as const));
  for (const [form, variant] of pairs) {
    const of = results.filter((r) => r.form === form && r.variant === variant);
    if (of.length === 0) continue;
    const changed = of.filter((r) => r.changes.length > 0);
    lines.push(`${form.padEnd(9)} ${variant.padEnd(19)} ${of.length - changed.length}/${of.length} unchanged`);
    for (const c of changed)
      lines.push(`${' '.repeat(31)}${c.fixture}: ${c.changes.length} change(s): ${c.changes.slice(0, 3).join('; ')}${c.changes.length > 3 ? '; …' : ''}`);
  }
  return lines;
}
