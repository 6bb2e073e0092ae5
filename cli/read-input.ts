import { hasText } from '#lib/extract';
import { readFile, stat } from 'node:fs/promises';
import { binaryFormat, type BinaryFormat } from '#lib/detect';
import { charsetFromContentType, decodeHtml, decodeText } from '#lib/text';
import { fetchBytes } from './fetch-bytes';
import { readFailed, type ReadResult } from './read-result';
import { readPdfPages } from './read-pdf-pages';
import { isWordZip, MAX_INFLATED_BYTES, zipInflatedBytes } from '#lib/attach';
import { MAX_INPUT_BYTES, megabytes } from '#lib/net';

type Kind = 'html' | 'text' | 'pdf';

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

/** What the name says about the content: .html/.htm → HTML, .txt/.md → text, .pdf → PDF, anything else → sniff. */
function kindFromName(name: string): Kind | null {
  const path = name.replace(/[?#].*$/, '');
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(txt|md)$/i.test(path)) return 'text';
  if (/\.pdf$/i.test(path)) return 'pdf';
  return null;
}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';

/** A page's text with its markup, comments, scripts and styles taken out (a rough look, only to tell an empty page). */
function withoutMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|[\s\u00a0\u3000]/g, '');
}

/** A PDF may carry up to 1 KiB of junk before its header; readers accept it, so do we. */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

const isOle2 = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** .doc, .wps and .xls are OLE2 compound files: say which one, and how to get a readable copy. */
function legacyOffice(source: string) {
  const ext = extension(source);
  const [zh, en] =
    ext === 'wps'
      ? [' WPS 文字文档（.wps）', 'a WPS Writer document (.wps)']
      : ext === 'xls' || ext === 'et'
        ? ['旧版 Excel 表格（.xls/.et）', 'a legacy Excel workbook (.xls/.et)']
        : ['旧版 Word 文档（.doc，Word 97-2003 格式）', 'a legacy Word document (.doc, Word 97-2003 format)'];
  return readFailed(
    source,
    `这是${zh}，本程序不能读取这种格式；请在 WPS 或 Word 中将其另存为 .docx，再检查另存的文件`,
    `this is ${en}, a format this program cannot read: save it as .docx in WPS or Word and check that file`,
  );
}

async function fromPdf(source: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  let pages: Awaited<ReturnType<typeof readPdfPages>>;
  try {
    pages = await readPdfPages(bytes);
  } catch (e) {
    if (e instanceof Error && e.name === 'PasswordException')
      return readFailed(source, 'PDF 文件有密码保护，无法读取', 'the PDF is password-protected and cannot be read');
    const why = e instanceof Error ? e.message : String(e);
    return readFailed(source, `PDF 文件无法解析（${why}）`, `the PDF cannot be parsed (${why})`);
  }
  // loadPdfPages keeps only runs with visible characters: none on any page means images only
  if (!hasText(pages) && options.ocr) {
    // loaded only here: the recogniser and its model are for scans, never for a page or a PDF with text
    const { readScanPdf } = await import('./read-scan-pdf');
    return { ok: true, source, kind: 'scan', reading: await readScanPdf(bytes) };
  }
  if (!hasText(pages))
    return readFailed(
      source,
      `这是扫描版 PDF（${pages.length} 页均为图片，没有文字），表格无法读取，未作核对；请使用网页版或可复制文字的版本，或加 --ocr 识别扫描件`,
      `this is a scanned (image-only) PDF (${pages.length} page${pages.length === 1 ? '' : 's'}, no text): its tables cannot be read and were not checked; use the web page or a version with selectable text, or --ocr`,
    );
  return { ok: true, source, kind: 'pdf', pages };
}

async function fromDocx(source: string, bytes: Uint8Array): Promise<ReadResult> {
  // mammoth inflates every part: a 0.9 MB file that inflates to 300 MB takes gigabytes to open
  const inflated = zipInflatedBytes(bytes) ?? 0;
  if (inflated > MAX_INFLATED_BYTES)
    return readFailed(
      source,
      `Word 文档解压后有 ${megabytes(inflated)}（上限 ${megabytes(MAX_INFLATED_BYTES)}），不是一份年报的大小，未读取`,
      `the Word document inflates to ${megabytes(inflated)} (at most ${megabytes(MAX_INFLATED_BYTES)}): not a report, not read`,
    );
  try {
    // loaded on the first .docx only: HTML and text checks never pay for it
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { ok: true, source, kind: 'docx', html: value };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return readFailed(source, `Word 文档无法解析（${why}）`, `the Word document cannot be parsed (${why})`);
  }
}

/**
 * Bytes → an input for the pipeline, by content first and name second: PDF (`%PDF-`), .docx (a ZIP
 * declaring wordprocessingml), HTML or text. .doc/.wps (OLE2), scanned PDFs and other binary formats
 * are refused with a message saying what they are; an unknown extension is HTML when its first
 * non-blank character is `<`.
 */
export async function fromBytes(
  source: string,
  bytes: Uint8Array,
  kind: Kind | null,
  contentType: string | null = null,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (bytes.length === 0) return readFailed(source, '内容为空', 'empty content');
  if (isPdf(bytes)) return fromPdf(source, bytes, options);
  const looksLikeHtml = /^\s*</.test(decodeText(bytes.subarray(0, 1024)).text);
  // portals answer a dead …/report.pdf link with an HTML page: read that page rather than call it a damaged PDF
  if (kind === 'pdf' && !looksLikeHtml)
    return readFailed(source, '文件名为 .pdf，但内容不是 PDF（文件可能已损坏）', 'named .pdf but not a PDF (the file may be damaged)');
  if (isOle2(bytes)) return legacyOffice(source);
  if (isWordZip(bytes)) return fromDocx(source, bytes);
  const binary = binaryFormat(bytes, kind === 'pdf' ? '' : source, contentType);
  if (binary)
    return readFailed(
      source,
      `这是${BINARY_ZH[binary]}，本程序只读取网页、文本、Word（.docx）和 PDF（.html/.htm/.txt/.docx/.pdf）`,
      `this is a ${binary} file; this program reads web pages, plain text, Word (.docx) and PDF (.html/.htm/.txt/.docx/.pdf)`,
    );
  const header = charsetFromContentType(contentType);
  const resolved = kind === 'html' || kind === 'text' ? kind : looksLikeHtml ? 'html' : 'text';
  const decoded = resolved === 'html' ? decodeHtml(bytes, header) : decodeText(bytes, header);
  // a page of markup only (a doctype, a comment, empty tags): nothing to read, said as plainly as an empty file
  if (resolved === 'html' && withoutMarkup(decoded.text) === '') return readFailed(source, '页面没有任何文字内容', 'the page holds no text at all');
  return { ok: true, source, kind: resolved, content: decoded.text, charset: decoded.charset };
}

async function readPath(path: string, options: ReadOptions): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // the size is asked before anything is read: a 600 MB file is refused, not loaded
    const { size, isFile } = await stat(path).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (isFile && size > MAX_INPUT_BYTES)
      return readFailed(
        path,
        `文件有 ${megabytes(size)}（上限 ${megabytes(MAX_INPUT_BYTES)}），不是一份年报的大小，未读取`,
        `the file is ${megabytes(size)} (at most ${megabytes(MAX_INPUT_BYTES)}): not a report, not read`,
      );
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return readFailed(path, '文件不存在', 'no such file');
    if (code === 'EACCES') return readFailed(path, '没有读取权限', 'permission denied');
    if (code === 'EISDIR') return readFailed(path, '这是目录', 'this is a directory');
    return readFailed(path, `无法读取（${code ?? String(e)}）`, `cannot read (${code ?? String(e)})`);
  }
  return fromBytes(path, bytes, kindFromName(path), undefined, options);
}

async function readUrl(url: string, options: ReadOptions): Promise<ReadResult> {
  const got = await fetchBytes(url);
  if ('ok' in got) return got;
  // spec: a URL ending in .txt is text; .pdf a PDF; anything else a page (binary content is sniffed first)
  const named = kindFromName(new URL(url).pathname);
  return fromBytes(url, got.bytes, named ?? 'html', got.contentType, options);
}

/** True for the inputs fetched over the network (they are paced; local files are not). */
export const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

/** Reads one file or http(s) URL. Never throws: a failure is a ReadFailed with a bilingual message. */
export function readInput(arg: string, options: ReadOptions = {}): Promise<ReadResult> {
  return isUrl(arg) ? readUrl(arg, options) : readPath(arg, options);
}

/** How to read: `ocr` reads a scanned PDF by OCR instead of refusing it. */
export interface ReadOptions {
  ocr?: boolean;
}
