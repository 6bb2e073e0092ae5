import type { HistoryRecord } from '../model/history-record';
import { publicationChange, publicationConflicts } from '../history/publication-changes';
import { publicationChangedFinding, publicationConflictFinding } from '../history/publication-findings';
import type { Finding } from '../model/finding';
import { withFindings } from './batch-cross-year';
import type { BatchRow } from './batch-row';

/**
 * Publication integrity once a batch is over: a report whose address the history knows with other
 * content gets `publication-changed` (what changed since that check), and two addresses of the batch
 * holding the same agency and year with different figures get `publication-conflict`, each on its row.
 */
export function batchPublication(rows: readonly BatchRow[], history: readonly HistoryRecord[]): BatchRow[] {
  const found = new Map<string, Finding[]>();
  const add = (url: string, f: Finding) => found.set(url, [...(found.get(url) ?? []), f]);
  for (const row of rows) {
    if (row.status !== 'done' || !row.report?.detected || !row.hash) continue;
    const own = history.find((r) => r.url === row.url && r.hash === row.hash);
    const change = own ? publicationChange(history, own) : null;
    if (change) add(row.url, publicationChangedFinding(change));
  }
  const done = rows.filter((r) => r.status === 'done' && r.report?.detected);
  for (const c of publicationConflicts(
    done.flatMap((r) => (r.report ? [{ url: r.url, title: r.report.title, report: r.report, checkedAt: '1970-01-01T00:00:00Z' }] : [])),
  )) {
    add(c.a.url, publicationConflictFinding(c, 'a'));
    add(c.b.url, publicationConflictFinding(c, 'b'));
  }
  return rows.map((r) => {
    const findings = found.get(r.url);
    return findings ? withFindings(r, findings) : r;
  });
}
