import { parseHtml } from '../../cli/parse-html';
import { buildRecord } from '../../lib/history/build-record';
import type { HistoryRecord } from '../../lib/model/history-record';
import { type CheckResult, checkHtml } from '../../lib/pipeline';
import { canonicalReport } from '../../lib/report/canonical-report';
import { reportHash } from '../../lib/text/content-hash';
import { type CountyReport, countyPage } from './generate-county';

/** A generated page as checked. */
export function countyCheck(r: Pick<CountyReport, 'url' | 'html'>): CheckResult {
  return checkHtml(parseHtml(r.html), r.url);
}

/** A generated page checked and kept as the history keeps it (buildRecord), checked at the given time. */
export function countyRecord(r: Pick<CountyReport, 'url' | 'html'>, checkedAt = '2025-02-01T10:00:00+08:00'): HistoryRecord {
  const result = countyCheck(r);
  return buildRecord({
    url: r.url,
    report: canonicalReport(result.report),
    narrative: result.extraction.lines,
    hash: reportHash(result.report, result.extraction.lines),
    checkedAt,
  });
}

/**
 * A generated report with figures changed (`{ 'active.licensing.count': 60 }`) or printed otherwise
 * (`{ 'active.enforcement.count': '/' }`), re-rendered in its own layout.
 */
export function editCounty(r: CountyReport, edits: Record<string, number | string>): CountyReport {
  const values = structuredClone(r.values);
  const printed: Record<string, string> = {};
  for (const [path, v] of Object.entries(edits)) {
    const [table, ...rest] = path.split('.');
    const col = rest.pop()!;
    if (typeof v === 'number') values[table as 'active'][rest.join('.')]![col] = v;
    else printed[path] = v;
  }
  return { ...r, values, html: countyPage(r.agency, r.year, values, r.layout, printed) };
}
