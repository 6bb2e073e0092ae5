import { useEffect, useState } from 'preact/hooks';
import { toCsv, batchFileName, rectificationMatrix, rectificationSheet } from '#lib/export';
import { storageError, storageErrorText } from '#lib/history';
import type { HistoryRecord, Lang } from '#lib/model';
import {
  RECTIFICATION_STATUS_NAMES,
  RECTIFICATION_STATUSES,
  type RectificationEntry,
  type RectificationRow,
  rectificationRows,
  type Rectifications,
} from '#lib/report';
import { downloadBlob, downloadText } from '@/utils/download';
import { loadRectifications, saveRectification } from '@/utils/rectifications';
import { loadReviews } from '@/utils/reviews';
import { xlsxBlob } from '@/utils/xlsx';
import type { Strings } from '../strings';

type RectificationListProps = { t: Strings; lang: Lang; records: readonly HistoryRecord[] };

/**
 * The 整改 list of the saved reports: one line per finding the auditor confirmed (in the popup or the
 * viewer), with 责任单位, deadline, status and note the user sets (kept in storage.local), and its CSV and
 * workbook downloads.
 */
export function RectificationList({ t, lang, records }: RectificationListProps) {
  const [stored, setStored] = useState<Rectifications>({});
  const [sources, setSources] = useState<Parameters<typeof rectificationRows>[0]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    void (async () => {
      setStored(await loadRectifications());
      const withReviews = await Promise.all(
        records.map(async (r) => ({
          url: r.url,
          hash: r.hash,
          agency: r.agency,
          year: r.year,
          title: r.title,
          findings: r.report.findings,
          reviews: await loadReviews(r.url, r.hash).catch(() => ({})),
        })),
      );
      setSources(withReviews.filter((s) => Object.keys(s.reviews).length > 0));
    })();
  }, [records]);
  const rows = rectificationRows(sources, stored);
  const update = (row: RectificationRow, change: Partial<RectificationEntry>) => {
    const entry = { ...row.entry, ...change, updatedAt: new Date().toISOString() };
    setStored({ ...stored, [row.key]: entry });
    saveRectification(row.key, entry).then(setStored, (err) => setError(t.writeFailed(storageErrorText(storageError(err), lang))));
  };
  if (rows.length === 0) return <p class="muted">{t.rectificationNone}</p>;
  return (
    <div class="rectification" data-testid="rectification">
      <div class="actions">
        <button
          type="button"
          onClick={() => downloadText(toCsv(rectificationMatrix(rows, lang)), batchFileName('rectification', lang, new Date()), 'text/csv')}
        >
          {t.rectificationCsv}
        </button>
        <button
          type="button"
          onClick={() => void xlsxBlob([rectificationSheet(rows, lang)]).then((b) => downloadBlob(b, batchFileName('rectificationXlsx', lang, new Date())))}
        >
          {t.rectificationXlsx}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <table class="rectification-table">
        <thead>
          <tr>
            {t.rectificationColumns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-key={r.key}>
              <td>
                <input
                  aria-label={`${t.rectificationColumns[0]}：${r.message.slice(0, 30)}`}
                  value={r.entry.unit}
                  onChange={(e) => update(r, { unit: (e.target as HTMLInputElement).value })}
                />
              </td>
              <td>
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.agency} {r.year ?? ''}
                </a>
              </td>
              <td class="message">
                {r.message}
                {r.reviewNote && <span class="muted">（{r.reviewNote}）</span>}
              </td>
              <td>
                <input
                  type="date"
                  aria-label={`${t.rectificationColumns[3]}：${r.message.slice(0, 30)}`}
                  value={r.entry.deadline}
                  onChange={(e) => update(r, { deadline: (e.target as HTMLInputElement).value })}
                />
              </td>
              <td>
                <select
                  aria-label={`${t.rectificationColumns[4]}：${r.message.slice(0, 30)}`}
                  value={r.entry.status}
                  onChange={(e) => update(r, { status: (e.target as HTMLSelectElement).value as RectificationEntry['status'] })}
                >
                  {RECTIFICATION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {RECTIFICATION_STATUS_NAMES[lang][s]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`${t.rectificationColumns[5]}：${r.message.slice(0, 30)}`}
                  value={r.entry.note}
                  onChange={(e) => update(r, { note: (e.target as HTMLInputElement).value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
