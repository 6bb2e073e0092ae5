import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { binaryFormat, type BinaryFormat } from '../lib/detect/binary-format';
import { charsetFromContentType, decodeHtml, decodeText } from '../lib/text/decode';
import { fetchBytes } from './fetch-bytes';
import { readFailed, type ReadResult } from './read-result';

type Kind = 'html' | 'text';

const READABLE = /\.(html?|txt)$/i;

const BINARY_ZH: Record<BinaryFormat, string> = {
  PDF: ' PDF 文件',
  Word: ' Word 文档',
  WPS: ' WPS 文档',
  Excel: ' Excel 表格',
  OFD: ' OFD 文件',
  ZIP: '压缩文件',
  image: '图片',
  binary: '二进制文件',
};

/** What the name says about the content: .html/.htm → HTML, .txt → text, anything else → sniff. */
function kindFromName(name: string): Kind | null {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return null;
}

/**
 * Bytes → decoded input. Binary documents are refused with their format named, and an unknown
 * extension is HTML when its first non-blank character is `<`.
 */
export function fromBytes(source: string, bytes: Uint8Array, kind: Kind | null, contentType: string | null = null): ReadResult {
  if (bytes.length === 0) return readFailed(source, '内容为空', 'empty content');
  const binary = binaryFormat(bytes, source, contentType);
  if (binary)
    return readFailed(
      source,
      `这是${BINARY_ZH[binary]}，本版本只读取 HTML 网页和文本（.html/.htm/.txt）；请打开网页版报告，或将其另存为文本`,
      `this is a ${binary} file; this version reads only HTML pages and plain text (.html/.htm/.txt): use the report's web page, or save it as text`,
    );
  const header = charsetFromContentType(contentType);
  const resolved = kind ?? (/^\s*</.test(decodeText(bytes.subarray(0, 1024)).text) ? 'html' : 'text');
  const decoded = resolved === 'html' ? decodeHtml(bytes, header) : decodeText(bytes, header);
  return { ok: true, source, kind: resolved, content: decoded.text, charset: decoded.charset };
}

async function readPath(path: string): Promise<ReadResult> {
  try {
    return fromBytes(path, new Uint8Array(await readFile(path)), kindFromName(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return readFailed(path, '文件不存在', 'no such file');
    if (code === 'EACCES') return readFailed(path, '没有读取权限', 'permission denied');
    return readFailed(path, `无法读取（${code ?? String(e)}）`, `cannot read (${code ?? String(e)})`);
  }
}

async function readUrl(url: string): Promise<ReadResult> {
  const got = await fetchBytes(url);
  if ('ok' in got) return got;
  // spec: a URL ending in .txt is text, anything else is a page
  const kind: Kind = /\.txt$/i.test(new URL(url).pathname) ? 'text' : 'html';
  return fromBytes(url, got.bytes, kind, got.contentType);
}

/** Every .html/.htm/.txt file under a directory (recursively), sorted by path. */
async function listDirectory(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && READABLE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Reads the command-line inputs in order: files, http(s) URLs and directories (each expanded to its
 * .html/.htm/.txt files). Yields one result per report; an unreadable input yields a ReadFailed and
 * the rest are still read.
 */
export async function* readInputs(args: readonly string[]): AsyncGenerator<ReadResult> {
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      yield await readUrl(arg);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      yield await readPath(arg);
      continue;
    }
    const files = await listDirectory(arg);
    if (files.length === 0) yield readFailed(arg, '目录中没有 .html/.htm/.txt 文件', 'no .html/.htm/.txt file in this directory');
    for (const f of files) yield await readPath(f);
  }
}
