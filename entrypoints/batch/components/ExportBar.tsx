import type { BatchRow } from '@/lib/batch/batch-row';
import { batchFindingsCsv, batchGridCsv } from '@/lib/export/batch-csv';
import { batchJson } from '@/lib/export/batch-json';
import { batchXlsxSheets } from '@/lib/export/batch-xlsx';
import { xlsxBlob } from '@/utils/xlsx';
import { download } from '../api';
import type { Strings } from '../strings';

type Props = { t: Strings; rows: readonly BatchRow[]; disabled: boolean };

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads of the batch: the grid and the findings as CSV, the workbook, the JSON. */
export function ExportBar({ t, rows, disabled }: Props) {
  const name = (ext: string, what = '') => `年报批量核查${what}-${stamp()}.${ext}`;
  const csv = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  return (
    <div class="actions exports" role="group" aria-label={t.exports}>
      <span class="muted">{t.exports}</span>
      <button type="button" disabled={disabled} onClick={() => download(name('csv', '-汇总'), csv(batchGridCsv(rows)))}>{t.exportGrid}</button>
      <button type="button" disabled={disabled} onClick={() => download(name('csv', '-问题清单'), csv(batchFindingsCsv(rows)))}>{t.exportFindings}</button>
      <button type="button" disabled={disabled} onClick={() => void xlsxBlob(batchXlsxSheets(rows)).then((b) => download(name('xlsx'), b))}>{t.exportXlsx}</button>
      <button type="button" disabled={disabled} onClick={() => download(name('json'), new Blob([batchJson(rows, new Date())], { type: 'application/json' }))}>{t.exportJson}</button>
    </div>
  );
}
