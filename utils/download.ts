/** Saves a blob as a file through the browser's download (an <a download>: no downloads permission). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // revoked later: the download reads the blob after this handler returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text as a UTF-8 file. */
export function downloadText(text: string, fileName: string, type = 'text/html'): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
