import type { BatchRow } from '#lib/batch';
import { batchXlsxSheets, type XlsxSheet, LINK_VALUES } from '#lib/export';
import type { Lang } from '#lib/model';

/**
 * Writes the batch workbook (汇总, 问题清单, 表三, 表二, 表四 with merged headers) that the batch page
 * exports, for the reports checked on the command line (their rows: the same grid as the batch
 * page's, so the workbooks match). write-excel-file's node build is loaded only when --xlsx is given.
 */
export async function writeWorkbook(rows: readonly BatchRow[], file: string, lang: Lang = 'zh', more: readonly XlsxSheet[] = []): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  // headers, sheet names and verdicts in the --lang language, as on the batch page; `more`: the 对标 sheets of --benchmark
  const sheets = [...batchXlsxSheets([...rows], undefined, lang), ...more];
  await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0], { fontFamily: 'Microsoft YaHei', fontSize: 11, features: [LINK_VALUES] }).toFile(file);
}
