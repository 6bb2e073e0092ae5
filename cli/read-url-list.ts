import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { decodeText } from '#lib/model';
import { readFailed, type ReadFailed } from './read-result';
import { isUrl } from './read-input';

/**
 * The entries of a list file: one URL or path per line; blank lines and lines starting with `#` are
 * skipped (a `#` inside a URL is its fragment, not a comment).
 * @example parseUrlList('# 2023\nhttps://a.gov.cn/1.html\n\n  b.html  ') → ['https://a.gov.cn/1.html', 'b.html']
 */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/^\ufeff/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Reads `--urls FILE` (UTF-8, else GB18030: lists are often saved from Chinese Excel). Relative
 * paths in it are taken from the list's own folder, so a list travels with the files it names.
 */
export async function readUrlList(file: string): Promise<string[] | ReadFailed> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return readFailed(file, { reason: 'url-list-missing' });
    return readFailed(file, { reason: 'url-list-unreadable', detail: code ?? String(e) });
  }
  const entries = parseUrlList(decodeText(bytes).text);
  if (entries.length === 0) return readFailed(file, { reason: 'url-list-empty' });
  return entries.map((e) => (isUrl(e) || isAbsolute(e) ? e : join(dirname(file), e)));
}
