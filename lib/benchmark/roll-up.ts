import { cellPath } from '../model/cell-ref';
import { agencyKind } from '../detect/agency-kind';
import { agencyKey } from '../history/agency-key';
import { REQUEST_COLUMNS, requestRows, REVIEW_COLUMNS, REVIEW_GROUPS } from '../model/keys';
import { parseCellPath } from '../model/cell-ref';
import type { ReportFacts } from '../model/public-report';
import { unreadCells } from '../model/read-state';
import type { BenchmarkInput } from './benchmark';

/** Fewer member reports than this say nothing about a 汇总: a city's report beside one district's is two reports, not a roll-up. */
export const MIN_MEMBERS = 3;

/** One cell of 三 or 四 of the government's report against the sum of its members'. */
export interface RollUpCell {
  path: string;
  stated: number | null;
  /** the members' sum; null when a member's cell is blank, unread or absent (then `unknown` names them) */
  sum: number | null;
  /** each member's figure, in member order */
  figures: (number | null)[];
  unknown: string[];
}

/** a government's report against the reports of its area's agencies for the same year. */
export interface RollUp {
  government: { agency: string; url: string; year: number };
  /** the area's name as agencies of it start (青山县 for 青山县人民政府) */
  area: string;
  members: { agency: string; url: string }[];
  /** agencies of the area with a report in another year of the input but none this year */
  missing: string[];
  /** every agency the other years name is here (and there was another year to tell) */
  complete: boolean;
  cells: RollUpCell[];
}

/** The area a government reports for: its name without 人民政府/政府/管理委员会 (青山县人民政府 → 青山县). */
export function areaOf(agency: string): string | null {
  const m = /^(.+?)(人民政府|政府|管理委员会|管委会)$/.exec(agency.normalize('NFKC').replace(/\s+/g, ''));
  return m?.[1] ?? null;
}

/** Every cell of 表三 (25 rows × 7 columns, or the 2019 rows) and 表四 (3 × 5) of a report's template. */
function rollUpPaths(report: ReportFacts): string[] {
  return [
    ...requestRows(report.format, report.tables.requests).flatMap((row) => REQUEST_COLUMNS.map((col) => cellPath('requests', row, col))),
    ...REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((col) => cellPath('review', g, col))),
  ];
}

function figure(report: ReportFacts, path: string, unread: ReadonlySet<string>): number | null {
  if (unread.has(path)) return null;
  const ref = parseCellPath(path);
  return ref && ref.table !== 'requestSubtotals' ? (report.tables[ref.table]?.[ref.row]?.[ref.col]?.value ?? null) : null;
}

interface Named {
  input: BenchmarkInput;
  key: string;
  year: number;
  /** the report's agency as printed (named: agencyKey found a key in it) */
  agency: string;
}

/**
 * X-4 for every government report of the input (agencyKind 'government' with an area name) that has
 * at least MIN_MEMBERS reports of its area's agencies for the same year (names that begin with the
 * area, one report each): each cell of 三 and 四 against their sum. An agency inside a nested area whose
 * own government report is there (a district of a city) counts through that report only. The agencies
 * of the area that other years of the input name but this year lacks are listed as missing.
 */
export function rollUps(inputs: readonly BenchmarkInput[]): RollUp[] {
  const named: Named[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const agency = input.report.agency;
    const key = agencyKey(agency);
    const year = input.report.year;
    // no agency, no key
    if (!input.report.detected || !agency || key === null || year === null || seen.has(`${key}#${year}`)) continue;
    seen.add(`${key}#${year}`);
    named.push({ input, key, year, agency });
  }
  const governments = named.filter((n) => agencyKind(n.input.report.agency, n.input.report.title) === 'government' && areaOf(n.key) !== null);
  const out: RollUp[] = [];
  for (const gov of governments) {
    // governments are those with an area
    const area = areaOf(gov.key);
    if (area === null) continue;
    // nested areas with a government report of their own this year: their agencies count through it
    const nested = governments.filter((g) => g !== gov && g.year === gov.year && g.key.startsWith(area)).flatMap((g) => areaOf(g.key) ?? []);
    // the nested government itself is a member; the agencies under it are not
    const inArea = (n: Named) => n.key !== gov.key && n.key.startsWith(area) && !nested.some((a) => n.key.startsWith(a) && areaOf(n.key) !== a);
    const members = named.filter((n) => n.year === gov.year && inArea(n));
    if (members.length < MIN_MEMBERS) continue;
    const elsewhere = new Map(named.filter((n) => n.year !== gov.year && inArea(n)).map((n) => [n.key, n.agency]));
    const present = new Set(members.map((m) => m.key));
    const missing = [...elsewhere].filter(([k]) => !present.has(k)).map(([, name]) => name);
    const govUnread = unreadCells(gov.input.report);
    const unread = members.map((m) => ({ m, cells: unreadCells(m.input.report) }));
    const cells = rollUpPaths(gov.input.report).map((path): RollUpCell => {
      const figures = unread.map(({ m, cells }) => figure(m.input.report, path, cells));
      const unknown = members.filter((_, i) => figures[i] === null).map((m) => m.agency);
      return {
        path,
        stated: figure(gov.input.report, path, govUnread),
        sum: unknown.length > 0 ? null : figures.reduce<number>((s, v) => (v === null ? s : s + v), 0),
        figures,
        unknown,
      };
    });
    out.push({
      government: { agency: gov.agency, url: gov.input.url, year: gov.year },
      area,
      members: members.map((m) => ({ agency: m.agency, url: m.input.url })),
      missing,
      complete: elsewhere.size > 0 && missing.length === 0,
      cells,
    });
  }
  return out;
}
