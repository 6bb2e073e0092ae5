import { failedRow, rowFromResult, type BatchRow } from '../lib/batch/batch-row';
import { batchXlsxSheets } from '../lib/export/batch-xlsx';
import type { Checked } from './check-input';
import type { ReadFailed } from './read-result';

/** The CLI's inputs as batch rows: the same grid as the batch page's, so the workbooks match. */
export function rowsOf(entries: readonly (Checked | ReadFailed)[]): BatchRow[] {
  return entries.map((e) => {
    const item = { url: e.source, linkText: e.source };
    return 'result' in e ? rowFromResult(item, e.result) : failedRow(item, e.error);
  });
}

/**
 * Writes the batch workbook (汇总, 问题清单, 表三, 表二, 表四 with merged headers) that the batch page
 * exports, for the reports checked on the command line. write-excel-file's node build is loaded only
 * when --xlsx is given.
 */
export async function writeWorkbook(entries: readonly (Checked | ReadFailed)[], file: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const sheets = batchXlsxSheets(rowsOf(entries));
  await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], { fontFamily: 'Microsoft YaHei', fontSize: 11 }).toFile(file);
}
