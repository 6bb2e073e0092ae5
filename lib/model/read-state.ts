import { cellPath } from './cell-ref';
import type { PublicReport } from './public-report';

/** What says how much of a report was read: its tables, and the rules and cells of its findings (a checked or a canonical report). */
export type ReadFacts = Pick<PublicReport, 'tables'> & { findings: readonly { rule: string; cells: readonly string[] }[] };

/**
 * How much of a report's tables was read for sure: `none` (no table at all: images, an attachment),
 * `partial` (tables read, but some printed figures could not be assigned to cells: finding cells-unread;
 * or two different complete copies of one table: table-candidates),
 * `full`. A report not read in full is never called consistent: the badge shows "?" (unless it has errors).
 */
export type ReadState = 'none' | 'partial' | 'full';

/** The cells a report left empty because their printed figures were not read for sure (findings cells-unread). */
export function unreadCells(report: Pick<ReadFacts, 'findings'>): Set<string> {
  return new Set(report.findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells));
}

/**
 * The cells no comparison may rest on: those unread (unreadCells) and each OCR'd figure the template's sums
 * neither proved nor corrected (read from a scan or a picture, its value may be a misread: 26 for a rubbed 36).
 * What the checks against last year's report leave aside, as the same-year rules do (lib/rules/helpers/terms.ts).
 */
export function untrustedCells(report: ReadFacts): Set<string> {
  return new Set([...unreadCells(report), ...unprovenOcrCells(report.tables)]);
}

/** The paths of the OCR'd figures (表二, 三 and 四) the template's sums neither proved nor corrected. */
export function unprovenOcrCells(tables: PublicReport['tables']): string[] {
  const out: string[] = [];
  for (const name of ['active', 'requests', 'review'] as const)
    for (const [row, cols] of Object.entries(tables[name] ?? {}))
      for (const [col, c] of Object.entries(cols)) if (c.ocr && c.ocr.status !== 'proven' && c.ocr.status !== 'corrected') out.push(cellPath(name, row, col));
  return out;
}

/**
 * Whether tables read from a scan are proven in full: 三 and 四 both read and each of their OCR'd
 * figures proven or corrected by the template's sums. 表二 has no totals: read by OCR alone it is
 * 未经核验, so it never makes a scan `full`.
 */
function ocrProven(t: PublicReport['tables']): boolean {
  const cells = [t.active, t.requests, t.review].flatMap((x) => Object.values(x ?? {}).flatMap((row) => Object.values(row)));
  if (!cells.some((c) => c.ocr)) return true;
  if (t.requests === null || t.review === null) return false;
  return [t.requests, t.review].every((x) =>
    Object.values(x).every((row) => Object.values(row).every((c) => !c.ocr || c.ocr.status === 'proven' || c.ocr.status === 'corrected')),
  );
}

export function readState(report: ReadFacts): ReadState {
  const t = report.tables;
  if (t.requests === null && t.review === null && t.active === null) return 'none';
  // two different complete tables on one page: the one checked may not be the report's
  if (report.findings.some((f) => f.rule === 'cells-unread' || f.rule === 'table-candidates')) return 'partial';
  return ocrProven(t) ? 'full' : 'partial';
}
