import { readFile, stat } from 'node:fs/promises';
import { fetchBytes } from './fetch-bytes';
import { readFailed, type ReadResult } from './read-result';
import { readPdfPages } from './read-pdf-pages';
import {
  type DeclaredKind,
  type DocumentLoaders,
  MAX_INPUT_BYTES,
  megabytes,
  openDocument,
  type Refusal,
  refusalMessage,
  type UnreadableReason,
} from '#lib/read';
import type { Bilingual } from '#lib/model';

type Kind = DeclaredKind;

/** What the name says about the content: .html/.htm → HTML, .txt/.md → text, .pdf → PDF, anything else → sniff. */
function kindFromName(name: string): Kind {
  const path = name.replace(/[?#].*$/, '');
  if (/\.html?$/i.test(path)) return 'html';
  if (/\.(txt|md)$/i.test(path)) return 'text';
  if (/\.pdf$/i.test(path)) return 'pdf';
  return null;
}

/** pdf.js (node's legacy build) and mammoth (its Buffer API), loaded on the first PDF or .docx only. */
const LOADERS: DocumentLoaders = {
  pdfPages: readPdfPages,
  async docxHtml(bytes) {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return value;
  },
};

/** The command line's advice after the shared words: a scan can be read with --ocr. */
const HINTS: Partial<Record<UnreadableReason, Bilingual>> = {
  'scanned-pdf': { zh: '；也可加 --ocr 识别扫描件', en: '; or read it by OCR with --ocr' },
};

function refused(source: string, refusal: Refusal): ReadResult {
  const message = refusalMessage(refusal);
  const hint = HINTS[refusal.reason];
  return readFailed(source, message.zh + (hint?.zh ?? ''), message.en + (hint?.en ?? ''));
}

/**
 * Bytes → an input for the pipeline, through lib's front door (openDocument, the extension's too):
 * PDF, .docx, HTML or text by content first and name second; .doc/.wps/.xls, scanned and encrypted
 * PDFs and other binary formats refused with the shared words; a scan read by OCR with --ocr.
 */
export async function fromBytes(
  source: string,
  bytes: Uint8Array,
  kind: Kind,
  contentType: string | null = null,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const opened = await openDocument(bytes, source, contentType, LOADERS, kind);
  if (opened.ok) {
    if (opened.kind === 'pdf') return { ok: true, source, kind: 'pdf', pages: opened.pages };
    if (opened.kind === 'docx') return { ok: true, source, kind: 'docx', html: opened.html };
    return { ok: true, source, kind: opened.kind, content: opened.text, charset: opened.charset };
  }
  if (opened.refused.reason === 'scanned-pdf' && options.ocr) {
    // loaded only here: the recogniser and its model are for scans, never for a page or a PDF with text
    const { readScanPdf } = await import('./read-scan-pdf');
    return { ok: true, source, kind: 'scan', reading: await readScanPdf(bytes) };
  }
  return refused(source, opened.refused);
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
