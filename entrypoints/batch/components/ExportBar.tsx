import type { BatchRow } from '@/lib/batch/batch-row';
import { batchFindingsCsv, batchGridCsv, type ReviewLookup } from '@/lib/export/batch-csv';
import { REVIEW_LABELS, type Reviews } from '@/lib/review/review';
import { loadReviews } from '@/utils/reviews';
import { batchJson } from '@/lib/export/batch-json';
import { batchXlsxSheets } from '@/lib/export/batch-xlsx';
import { xlsxBlob } from '@/utils/xlsx';
import { downloadBlob } from '@/utils/download';
import { batchFileName, type BatchExport } from '@/lib/export/export-names';
import type { Lang, Strings } from '../strings';
import { benchmark, type BenchmarkInput } from '@/lib/benchmark/benchmark';
import type { Cohort } from '@/lib/benchmark/cohort';
import { benchmarkXlsxSheets } from '@/lib/export/benchmark-xlsx';
import { benchmarkPictures } from '@/utils/benchmark-pictures';

type Props = {
  t: Strings;
  lang: Lang;
  rows: readonly BatchRow[];
  disabled: boolean;
  /** the checked reports and the user's cohorts, for the workbook's 对标 sheets and pictures */
  benchmark?: { inputs: readonly BenchmarkInput[]; corrections: ReadonlyMap<string, Cohort> };
};

/** The workbook's 对标 sheets, with the strip charts drawn as PNG; none when the batch has no report to compare. */
async function benchmarkSheets(bench: Props['benchmark'], lang: Lang) {
  if (!bench || bench.inputs.length === 0) return [];
  const b = benchmark(bench.inputs, bench.corrections);
  return benchmarkXlsxSheets(b, lang, await benchmarkPictures(b, lang));
}

/**
 * The auditor's decisions on the rows' findings (made in the popup or the viewer on the same report
 * version), read when an export is made so it carries them.
 */
async function reviewLookup(rows: readonly BatchRow[], lang: Lang): Promise<ReviewLookup> {
  const kept = new Map<BatchRow, Reviews>();
  await Promise.all(rows.filter((r) => r.hash).map(async (r) => kept.set(r, await loadReviews(r.url, r.hash!).catch(() => ({})))));
  return (row, index) => {
    const entry = kept.get(row)?.[row.findingKeys[index] ?? ''];
    return entry ? { status: REVIEW_LABELS[lang][entry.status], note: entry.note, dismissed: entry.status === 'dismissed' } : undefined;
  };
}

/** Downloads of the batch in the interface language, named with the local time: the grid and the findings as CSV, the workbook, the JSON. */
export function ExportBar({ t, lang, rows, disabled, benchmark: bench }: Props) {
  const name = (what: BatchExport) => batchFileName(what, lang, new Date());
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields: a fieldset would announce a form
    <div class="actions exports" role="group" aria-label={t.exports}>
      <span class="muted">{t.exports}</span>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void reviewLookup(rows, lang).then((r) => downloadBlob(csv(batchGridCsv(rows, lang, r)), name('grid')))}
      >
        {t.exportGrid}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void reviewLookup(rows, lang).then((r) => downloadBlob(csv(batchFindingsCsv(rows, r, lang)), name('findings')))}
      >
        {t.exportFindings}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          void Promise.all([reviewLookup(rows, lang), benchmarkSheets(bench, lang)])
            .then(([r, more]) => xlsxBlob([...batchXlsxSheets(rows, r, lang), ...more]))
            .then((b) => downloadBlob(b, name('xlsx')))
        }
      >
        {t.exportXlsx}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          // the JSON is for machines: its decisions are worded one way whatever the interface language
          void reviewLookup(rows, 'zh').then((r) => downloadBlob(new Blob([batchJson(rows, new Date(), r)], { type: 'application/json' }), name('json')))
        }
      >
        {t.exportJson}
      </button>
    </div>
  );
}
