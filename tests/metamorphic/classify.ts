import type { PublicReport } from '../../lib/model/public-report';
import type { ReadReport } from './read-report';
import { brokenChecks } from './template-checks';

/**
 * What a mutant did to the checker:
 * - caught: an error finding (new against the unchanged report) names the changed cell;
 * - missed-unread: no such error, and the cell (or its row, table, the whole input) was left unread;
 * - missed-silent: no error at all while the cell reads the changed figure (a rule gap, or an abstention);
 * - missed-elsewhere: errors, but none names the changed cell while it reads the changed figure;
 * - wrong: some cell shows a number the mutant does not print (the worst outcome, counted first).
 */
export type MutantOutcome = 'caught' | 'missed-unread' | 'missed-silent' | 'missed-elsewhere' | 'wrong';

export interface Classified {
  outcome: MutantOutcome;
  /** coarse, for grouping the misses: what a reader's or a rule's author would fix */
  cause: string;
  /** cells shown with a number that is not printed there (`path=shown (printed)`) */
  wrong: string[];
}

/** A cell of 三 or 四 as read: its value, null when left empty, undefined when its row or table is not there. */
export function cellOf(report: PublicReport, path: string): { value: number | null; raw: string } | undefined {
  const [table, ...rest] = path.split('.');
  const col = rest.pop()!;
  return report.tables[table as 'requests' | 'review']?.[rest.join('.')]?.[col];
}

/** Every cell of 三 and 四 the report shows with a number that is not the one printed there. */
export function wrongCells(report: PublicReport, printed: ReadonlyMap<string, number | null>): string[] {
  const out: string[] = [];
  for (const table of ['requests', 'review'] as const)
    for (const [row, cols] of Object.entries(report.tables[table] ?? {}))
      for (const [col, cell] of Object.entries(cols)) {
        const path = `${table}.${row}.${col}`;
        const want = printed.get(path);
        if (cell.value !== null && cell.value !== want)
          out.push(`${path}=${cell.value} (${want === undefined ? 'no such cell printed' : `printed ${want ?? 'blank'}`})`);
      }
  return out;
}

/** A finding's identity, to tell an error a mutant caused from one the unchanged report already had. */
export const findingKey = (f: { rule: string; cells: readonly string[] }) => `${f.rule}|${f.cells.join(',')}`;

const rowOf = (path: string) => path.slice(0, path.lastIndexOf('.'));

/** Why a cell was left unread, coarsely. */
function unreadCause(report: PublicReport, path: string): string {
  if (!report.detected) return 'not detected as a report';
  const table = path.startsWith('review.') ? '表四' : '表三';
  if (report.tables[path.startsWith('review.') ? 'review' : 'requests'] === null) return `${table} not found`;
  const cell = cellOf(report, path);
  if (cell === undefined) return `${table} row not found`;
  if (report.findings.some((f) => f.rule === 'cells-unread' && f.cells.includes(path))) return `${table}: figures printed but not assigned (cells-unread)`;
  if (cell.raw.trim() !== '') return `${table}: figure not parsed`;
  const row = report.findings.find((f) => f.severity !== 'info' && f.cells.some((c) => rowOf(c) === rowOf(path)));
  return `${table}: cell empty${row ? ` (${row.rule})` : ''}`;
}

/** Why no error came while the cell reads the changed figure: every broken identity abstained, or a rule gap. */
function silentCause(report: PublicReport, path: string, printed: ReadonlyMap<string, number | null>): string {
  const broken = brokenChecks(path, printed);
  const readAll = broken.filter((k) => [...k.left, ...k.right].every((p) => cellOf(report, p)?.value != null));
  if (readAll.length === 0) return `abstained: each broken check (${[...new Set(broken.map((k) => k.clause))].join(', ')}) has an unread operand`;
  return `rule gap: ${[...new Set(readAll.map((k) => k.clause))].join(', ')} broken with every operand read`;
}

/**
 * Classifies one mutant's reading. `printed` is the mutant's truth (the changed figure included), `before`
 * the keys of the errors the unchanged fixture already gave (a false error there must not count as a catch).
 */
export function classify(read: ReadReport, path: string, printed: ReadonlyMap<string, number | null>, before: ReadonlySet<string>): Classified {
  if (!read.ok) return { outcome: 'missed-unread', cause: `input not read: ${read.reason}`, wrong: [] };
  const { report } = read;
  const wrong = wrongCells(report, printed);
  if (wrong.length > 0) return { outcome: 'wrong', cause: 'a cell shows a number not printed', wrong };
  const errors = report.findings.filter((f) => f.severity === 'error' && !before.has(findingKey(f)));
  if (errors.some((f) => f.cells.includes(path))) return { outcome: 'caught', cause: '', wrong };
  if (cellOf(report, path)?.value == null) return { outcome: 'missed-unread', cause: unreadCause(report, path), wrong };
  if (errors.length === 0) return { outcome: 'missed-silent', cause: silentCause(report, path, printed), wrong };
  return { outcome: 'missed-elsewhere', cause: `errors on other cells (${[...new Set(errors.map((f) => f.rule))].join(', ')})`, wrong };
}
