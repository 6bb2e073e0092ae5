import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFailed, type ReadFailed } from './read-result';
import { isUrl } from './read-input';

/** The files a directory contributes: reports as pages, text, Word (.docx) or PDF. */
const READABLE = /\.(html?|txt|md|docx|pdf)$/i;

/** Every readable file under a directory (recursively), sorted by path. */
async function listDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && READABLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The command-line inputs in order, each directory replaced by its .html/.htm/.txt/.md/.docx/.pdf files, so
 * the batch knows its length before it starts (for the progress bar). A directory with none of them is
 * a ReadFailed in its place; URLs and files are kept as given (a missing file fails when read).
 */
export async function expandInputs(args: readonly string[]): Promise<(string | ReadFailed)[]> {
  const out: (string | ReadFailed)[] = [];
  for (const arg of args) {
    const info = isUrl(arg) ? null : await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(arg);
      continue;
    }
    const files = await listDirectory(arg);
    if (files.length === 0) out.push(readFailed(arg, { reason: 'empty-directory' }));
    out.push(...files);
  }
  return out;
}
