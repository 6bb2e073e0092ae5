import { agencyKey } from './agency-key';
import { compareCheckedAt } from './compare-checked-at';
import type { ReportFacts } from '../model/public-report';
import type { HistoryRecord } from '../model/history-record';
import { changedCells, twoYearTables, type TwoYearCell } from './two-year-tables';

/** What a report changed between two checks of one address (or what two copies of one report differ in). */
export interface ReportDiff {
  cells: TwoYearCell[];
  /** narrative lines of the later version the earlier lacks, and the other way round, in their order */
  added: string[];
  removed: string[];
}

const norm = (l: string) => l.replace(/\s+/g, '');

/** The cells and narrative lines in which two versions of a report differ (lines compared without whitespace). */
export function reportDiff(before: Pick<HistoryRecord, 'report' | 'narrative'>, after: Pick<HistoryRecord, 'report' | 'narrative'>): ReportDiff {
  const was = new Set(before.narrative.map(norm));
  const is = new Set(after.narrative.map(norm));
  return {
    cells: changedCells(twoYearTables(before.report, after.report, 'zh')),
    added: after.narrative.filter((l) => l.trim() !== '' && !was.has(norm(l))),
    removed: before.narrative.filter((l) => l.trim() !== '' && !is.has(norm(l))),
  };
}

/** A report found changed at its address: the last check of an earlier version, and what changed. */
export interface PublicationChange {
  record: HistoryRecord;
  previous: HistoryRecord;
  diff: ReportDiff;
}

/**
 * The same address checked before with other content (another hash): the newest earlier check of it and
 * what changed since, in the tables and the narrative. Null when the address was never checked before,
 * or only with the same content.
 */
export function publicationChange(records: readonly HistoryRecord[], record: HistoryRecord): PublicationChange | null {
  let previous: HistoryRecord | null = null;
  for (const r of records)
    if (r.url === record.url && r.hash !== record.hash && compareCheckedAt(r, record) < 0 && (!previous || compareCheckedAt(r, previous) > 0)) previous = r;
  return previous ? { record, previous, diff: reportDiff(previous, record) } : null;
}

/** Two addresses holding a report of the same agency and year whose figures differ. */
export interface PublicationConflict {
  agency: string;
  year: number;
  a: Pick<HistoryRecord, 'url' | 'title'>;
  b: Pick<HistoryRecord, 'url' | 'title'>;
  /** the cells both copies print a figure in, with different figures (a cell one copy left unread is no conflict) */
  cells: TwoYearCell[];
}

/**
 * The same agency and year under two addresses (a page and its attachment, two portals) with figures that
 * differ where both print one. Takes the newest check of each address; each pair once.
 */
export function publicationConflicts(
  records: readonly (Pick<HistoryRecord, 'url' | 'title' | 'checkedAt'> & {
    report: Pick<ReportFacts, 'detected' | 'agency' | 'year' | 'format' | 'tables'>;
  })[],
): PublicationConflict[] {
  const newest = new Map<string, (typeof records)[number]>();
  for (const r of records) {
    const seen = newest.get(r.url);
    if (r.report.detected && (!seen || compareCheckedAt(r, seen) > 0)) newest.set(r.url, r);
  }
  const groups = new Map<string, (typeof records)[number][]>();
  for (const r of newest.values()) {
    const key = agencyKey(r.report.agency);
    if (key === null || r.report.year === null) continue;
    const id = `${key}#${r.report.year}`;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const out: PublicationConflict[] = [];
  // copies that print the same tables never differ: they are compared once per pair of distinct tables,
  // so a directory of many copies of one report costs what its distinct versions do, not its pairs
  const ids = new Map<string, number>();
  const printed = new Map<(typeof records)[number], number>();
  const differing = new Map<string, TwoYearCell[]>();
  const fingerprint = (r: (typeof records)[number]) => {
    const known = printed.get(r);
    if (known !== undefined) return known;
    // a text not seen before takes the next id
    const text = `${r.report.format}|${JSON.stringify(r.report.tables)}`;
    const id = ids.get(text) ?? ids.size;
    ids.set(text, id);
    printed.set(r, id);
    return id;
  };
  for (const copies of groups.values())
    for (const [i, a] of copies.entries())
      for (const b of copies.slice(i + 1)) {
        const [fa, fb] = [fingerprint(a), fingerprint(b)];
        if (fa === fb) continue;
        const pair = `${fa}:${fb}`;
        let cells = differing.get(pair);
        if (!cells) {
          cells = changedCells(twoYearTables(a.report, b.report, 'zh')).filter(
            (c) => c.before !== '' && c.after !== '' && /\d/.test(c.before) && /\d/.test(c.after),
          );
          differing.set(pair, cells);
        }
        // grouped by agency and year: both are known
        const { agency, year } = a.report;
        if (cells.length > 0 && agency && year !== null)
          out.push({ agency, year, a: { url: a.url, title: a.title }, b: { url: b.url, title: b.title }, cells });
      }
  return out;
}
