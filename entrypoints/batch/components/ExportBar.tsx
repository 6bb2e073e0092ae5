import { type BatchRow, benchmark, type BenchmarkInput, type Cohort } from '#lib/batch';
import {
  batchFindingsCsv,
  batchGridCsv,
  type ReviewLookup,
  reviewLookup,
  batchJson,
  batchXlsxSheets,
  batchFileName,
  type BatchExport,
  benchmarkXlsxSheets,
  batchRectificationRows,
  rectificationMatrix,
  rectificationSheet,
  toCsv,
} from '#lib/export';
import type { RectificationRow, Reviews } from '#lib/report';
import { loadReviews } from '@/utils/reviews';
import { xlsxBlob } from '@/utils/xlsx';
import { downloadBlob } from '@/utils/download';
import type { Lang, Strings } from '../strings';
import { benchmarkPictures } from '@/utils/benchmark-pictures';
import { loadRectifications } from '@/utils/rectifications';

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

/** What the auditor decided on the rows' findings and the 整改 entries kept for the confirmed ones. */
interface Decisions {
  review: ReviewLookup;
  rectification: RectificationRow[];
}

/**
 * The auditor's decisions on the rows' findings (made in the popup or the viewer on the same report
 * version), and the 整改 list they make with the entries kept on the history page, read when an export
 * is made so it carries them.
 */
async function decisions(rows: readonly BatchRow[], lang: Lang): Promise<Decisions> {
  const kept = new Map<BatchRow, Reviews>();
  await Promise.all(rows.map(async (r) => r.hash && kept.set(r, await loadReviews(r.url, r.hash).catch(() => ({})))));
  return { review: reviewLookup((r) => kept.get(r), lang), rectification: batchRectificationRows(rows, (r) => kept.get(r), await loadRectifications()) };
}

/**
 * Downloads of the batch in the interface language, named with the local time: the grid, the findings
 * and the 整改 list (confirmed findings) as CSV, the workbook (its 整改清单 sheet when a finding is
 * confirmed), the JSON (with its `rectification` list).
 */
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
        onClick={() => void decisions(rows, lang).then((d) => downloadBlob(csv(batchGridCsv(rows, lang, d.review)), name('grid')))}
      >
        {t.exportGrid}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void decisions(rows, lang).then((d) => downloadBlob(csv(batchFindingsCsv(rows, d.review, lang)), name('findings')))}
      >
        {t.exportFindings}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() => void decisions(rows, lang).then((d) => downloadBlob(csv(toCsv(rectificationMatrix(d.rectification, lang))), name('rectification')))}
      >
        {t.exportRectification}
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={() =>
          void Promise.all([decisions(rows, lang), benchmarkSheets(bench, lang)])
            .then(([d, more]) =>
              xlsxBlob([...batchXlsxSheets(rows, d.review, lang), ...(d.rectification.length > 0 ? [rectificationSheet(d.rectification, lang)] : []), ...more]),
            )
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
          void decisions(rows, 'zh').then((d) =>
            downloadBlob(new Blob([batchJson(rows, new Date(), d.review, undefined, d.rectification)], { type: 'application/json' }), name('json')),
          )
        }
      >
        {t.exportJson}
      </button>
    </div>
  );
}
