import type { BatchRow } from '@/lib/batch/batch-row';
import { batchFindingsCsv, batchGridCsv, type ReviewLookup } from '@/lib/export/batch-csv';
import { REVIEW_LABELS, type Reviews } from '@/lib/review/review';
import { loadReviews } from '@/utils/reviews';
import { batchJson } from '@/lib/export/batch-json';
import { batchXlsxSheets } from '@/lib/export/batch-xlsx';
import { xlsxBlob } from '@/utils/xlsx';
import { downloadBlob } from '@/utils/download';
import type { Strings } from '../strings';

type Props = { t: Strings; rows: readonly BatchRow[]; disabled: boolean };

const stamp = () => new Date().toISOString().slice(0, 10);

/**
 * The auditor's decisions on the rows' findings (made in the popup or the viewer on the same report
 * version), read when an export is made so it carries them.
 */
async function reviewLookup(rows: readonly BatchRow[]): Promise<ReviewLookup> {
  const kept = new Map<BatchRow, Reviews>();
  await Promise.all(rows.filter((r) => r.hash).map(async (r) => kept.set(r, await loadReviews(r.url, r.hash!).catch(() => ({})))));
  return (row, index) => {
    const entry = kept.get(row)?.[row.findingKeys[index] ?? ''];
    return entry ? { status: REVIEW_LABELS.zh[entry.status], note: entry.note } : undefined;
  };
}

/** Downloads of the batch: the grid and the findings as CSV, the workbook, the JSON. */
export function ExportBar({ t, rows, disabled }: Props) {
  const name = (ext: string, what = '') => `年报批量核查${what}-${stamp()}.${ext}`;
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would announce a form
    <div class="actions exports" role="group" aria-label={t.exports}>
      <span class="muted">{t.exports}</span>
      <button type="button" disabled={disabled} onClick={() => downloadBlob(csv(batchGridCsv(rows)), name('csv', '-汇总'))}>
        {t.exportGrid}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void reviewLookup(rows).then((r) => downloadBlob(csv(batchFindingsCsv(rows, r)), name('csv', '-问题清单')))}
      >
        {t.exportFindings}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          void reviewLookup(rows)
            .then((r) => xlsxBlob(batchXlsxSheets(rows, r)))
            .then((b) => downloadBlob(b, name('xlsx')))
        }
      >
        {t.exportXlsx}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          void reviewLookup(rows).then((r) => downloadBlob(new Blob([batchJson(rows, new Date(), r)], { type: 'application/json' }), name('json')))
        }
      >
        {t.exportJson}
      </button>
    </div>
  );
}
