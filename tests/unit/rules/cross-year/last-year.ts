import { buildRecord } from '../../../../lib/history/build-record';
import type { HistoryRecord } from '../../../../lib/model/history-record';
import type { Finding } from '../../../../lib/model/finding';
import { checkText } from '../../../../lib/pipeline';
import { canonicalReport } from '../../../../lib/report/canonical-report';
import { contentText, sha256Hex } from '../../../../lib/text/content-hash';
import type { PublicReport } from '../../../../lib/model/public-report';
import { seedText } from '../../../helpers/seeds';

/** Seed 000 (北京市通州区国资委2023年报告, real) as "this year": its canonical report and narrative. */
export function thisYear(): { report: PublicReport; narrative: string[] } {
  const { report, extraction } = checkText(seedText('000'), 'https://www.bjtzh.gov.cn/gzw/2023.html');
  return { report, narrative: extraction.lines };
}

/** The report's cells at the given paths set to the given figures (`{ 'requests.carriedOver.natural': 3 }`; null makes a cell blank). */
export function setFigures(report: Pick<PublicReport, 'tables'>, edits: Record<string, number | null>): void {
  for (const [path, value] of Object.entries(edits)) {
    const [table, ...rest] = path.split('.');
    const col = rest.pop()!;
    const row = rest.join('.');
    const cell = report.tables[table as 'requests']![row]![col]!;
    cell.value = value;
    cell.raw = value === null ? '' : String(value);
  }
}

/** Seed 000's narrative with its years moved back by one: what a copied report would have printed last year. */
export function copiedNarrative(): string[] {
  return thisYear().narrative.map((l) => l.replaceAll('2023年', '2022年'));
}

/**
 * "Last year" built from seed 000: the same report with its title and year set to 2022 and the given
 * cells changed (`{ 'requests.carriedForward.natural': 3 }`; null makes a cell blank). Its narrative is
 * seed 001's (a real report written by another office, so not a copy) unless one is given.
 */
export function lastYear(edits: Record<string, number | null> = {}, opts: { narrative?: string[]; checkedAt?: string; url?: string } = {}): HistoryRecord {
  return yearBefore(thisYear().report, edits, { url: 'https://www.bjtzh.gov.cn/gzw/2022.html', ...opts });
}

/**
 * The history record of `report` as the year before's: its title and year moved back by one, the given
 * cells changed, seed 001's narrative unless one is given.
 */
export function yearBefore(
  report: PublicReport,
  edits: Record<string, number | null> = {},
  opts: { narrative?: string[]; checkedAt?: string; url: string },
): HistoryRecord {
  const r: PublicReport = structuredClone(report);
  r.year = report.year! - 1;
  r.title = r.title!.replace(`${report.year}年`, `${r.year}年`);
  r.source = opts.url;
  setFigures(r, edits);
  const lines = opts.narrative ?? checkText(seedText('001'), '001').extraction.lines;
  const hash = sha256Hex(contentText({ title: r.title, lines, tables: r.tables }));
  return buildRecord({ url: r.source, report: canonicalReport(r), narrative: lines, hash, checkedAt: opts.checkedAt ?? '2026-11-20T10:00:00.000Z' });
}

/** Seed 000's title with last year's year, as findings name last year's report. */
export const TITLE_2022 = '北京市通州区国资委2022年政府信息公开工作年度报告';

/** Findings as `rule:severity:first cell`. */
export const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}:${f.severity}:${f.cells[0] ?? ''}`);

/** Seed 000 as this year; last year = seed 000 with other figures (a copy of its tables would be X-3). */
export const distinct = {
  'requests.newReceived.natural': 4,
  'requests.newReceived.total': 5,
  'requests.granted.natural': 4,
  'requests.granted.total': 5,
  'requests.totalProcessed.natural': 4,
  'requests.totalProcessed.total': 5,
};

/** A cells-unread finding as a checked report holds it (its cells are filled in per test). */
export const CELLS_UNREAD: Finding = {
  rule: 'cells-unread',
  severity: 'info',
  code: 'unread',
  cells: [],
  stated: [],
  expected: null,
  actual: null,
  detail: { kind: 'note', data: { table: 'requests' } },
};

/** A cells-unread finding as the history keeps last year's (canonical: a message, no code). */
export const unreadKept = (cells: string[]) => ({ rule: 'cells-unread', severity: 'info' as const, message: '…', cells, expected: null, actual: null });
