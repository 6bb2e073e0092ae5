import { buildRecord } from '../../../../lib/history/build-record';
import type { HistoryRecord } from '../../../../lib/model/history-record';
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
  const { report } = thisYear();
  const r: PublicReport = structuredClone(report);
  r.title = r.title!.replace('2023年', '2022年');
  r.year = 2022;
  r.source = opts.url ?? 'https://www.bjtzh.gov.cn/gzw/2022.html';
  for (const [path, value] of Object.entries(edits)) {
    const [table, ...rest] = path.split('.');
    const col = rest.pop()!;
    const row = rest.join('.');
    const cell = r.tables[table as 'requests']![row]![col]!;
    cell.value = value;
    cell.raw = value === null ? '' : String(value);
  }
  const lines = opts.narrative ?? checkText(seedText('001'), '001').extraction.lines;
  const hash = sha256Hex(contentText({ title: r.title, lines, tables: r.tables }));
  return buildRecord({ url: r.source, report: canonicalReport(r), narrative: lines, hash, checkedAt: opts.checkedAt ?? '2026-11-20T10:00:00.000Z' });
}
