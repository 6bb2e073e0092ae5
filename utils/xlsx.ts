import { type XlsxSheet, LINK_VALUES } from '#lib/export';

/**
 * Writes sheets built by lib/export (batchXlsxSheets) to an .xlsx Blob. write-excel-file is loaded on
 * first use: most visits of an extension page never export.
 */
export async function xlsxBlob(sheets: readonly XlsxSheet[]): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/browser');
  // a picture's bytes as the browser build takes them (a Blob)
  const withBlobs = sheets.map((s) =>
    s.images ? { ...s, images: s.images.map((i) => ({ ...i, content: new Blob([i.content as Uint8Array<ArrayBuffer>], { type: i.contentType }) })) } : s,
  );
  return writeExcelFile(withBlobs as unknown as Parameters<typeof writeExcelFile>[0], {
    fontFamily: 'Microsoft YaHei',
    fontSize: 11,
    features: [LINK_VALUES],
  }).toBlob();
}
