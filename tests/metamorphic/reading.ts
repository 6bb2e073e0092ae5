import { findingKey } from './classify';
import type { ReadReport } from './read-report';
import { badgeText } from './run-mutants';

/** What a user is shown of a report: the cells of 三 and 四, the badge, the errors and warnings. */
export interface Reading {
  /** why the input was not read, or null */
  unreadable: string | null;
  badge: string;
  cells: Map<string, number | null>;
  errors: string[];
  warnings: string[];
  /** the cells finding cells-unread says are printed but not read for sure */
  unread: string[];
}

export function readingOf(read: ReadReport): Reading {
  const cells = new Map<string, number | null>();
  if (!read.ok) return { unreadable: read.reason, badge: badgeText(read), cells, errors: [], warnings: [], unread: [] };
  const { report } = read;
  for (const table of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(report.tables[table] ?? {}))
      for (const [col, cell] of Object.entries(cols)) cells.set(`${table}.${row}.${col}`, cell.value);
  const keys = (severity: string) => report.findings.filter((f) => f.severity === severity).map(findingKey);
  const unread = report.findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells);
  return { unreadable: null, badge: badgeText(read), cells, errors: keys('error'), warnings: keys('warning'), unread };
}

const show = (v: number | null | undefined) => (v === undefined ? 'absent' : v === null ? 'empty' : String(v));

/** How reading `b` differs from reading `a` for a user (empty when the same cells, badge and findings). */
export function differences(a: Reading, b: Reading): string[] {
  const out: string[] = [];
  if (a.badge !== b.badge) out.push(`badge ${a.badge} → ${b.badge}`);
  for (const path of new Set([...a.cells.keys(), ...b.cells.keys()])) {
    const [x, y] = [a.cells.get(path) ?? null, b.cells.get(path) ?? null];
    if (x !== y) out.push(`${path} ${show(a.cells.get(path))} → ${show(b.cells.get(path))}`);
  }
  for (const [what, x, y] of [
    ['error', a.errors, b.errors],
    ['warning', a.warnings, b.warnings],
  ] as const) {
    for (const k of x) if (!y.includes(k)) out.push(`${what} ${k} lost`);
    for (const k of y) if (!x.includes(k)) out.push(`${what} ${k} added`);
  }
  return out;
}

/**
 * Whether `b` differs from `a` only by a badge of ? that b says plainly why: figures of 表二 printed but not
 * read for sure (crawler text runs 表二's figures together, `2120` under 本年制发/废止/现行有效, and 表二 has
 * no totals to split them by), every cell of 三 and 四 and every error and warning the same. The verdict is
 * then partial on purpose: a report is never called consistent over figures that were not read.
 */
export function onlyActiveUnread(a: Reading, b: Reading): boolean {
  const diff = differences(a, b);
  return diff.length === 1 && diff[0]!.startsWith('badge ') && b.badge.startsWith('?') && b.unread.length > 0 && b.unread.every((c) => c.startsWith('active.'));
}
