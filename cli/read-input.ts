import { readFile, stat } from 'node:fs/promises';
import { fetchBytes } from './fetch-bytes';
import { readFailed, type ReadResult } from './read-result';
import { readPdfPages } from './read-pdf-pages';
import { type DeclaredKind, type DocumentLoaders, MAX_INPUT_BYTES, openDocument } from '#lib/read';

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

/**
 * Bytes → an input for the pipeline, through lib's front door (openDocument, the extension's too):
 * PDF, .docx, HTML or text by content first and name second; .doc/.wps/.xls, scanned and encrypted
 * PDFs and other binary formats refused with the shared codes; a scan read by OCR with --ocr.
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
  return readFailed(source, opened.refused);
}

async function readPath(path: string, options: ReadOptions): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    // the size is asked before anything is read: a 600 MB file is refused, not loaded
    const { size, isFile } = await stat(path).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (isFile && size > MAX_INPUT_BYTES) return readFailed(path, { reason: 'too-large', size, limit: MAX_INPUT_BYTES });
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return readFailed(path, { reason: 'no-such-file' });
    if (code === 'EACCES') return readFailed(path, { reason: 'no-permission' });
    if (code === 'EISDIR') return readFailed(path, { reason: 'is-directory' });
    return readFailed(path, { reason: 'read-error', detail: code ?? String(e) });
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

/** Reads one file or http(s) URL. Never throws: a failure is a ReadFailed with its code. */
export function readInput(arg: string, options: ReadOptions = {}): Promise<ReadResult> {
  return isUrl(arg) ? readUrl(arg, options) : readPath(arg, options);
}

/** How to read: `ocr` reads a scanned PDF by OCR instead of refusing it. */
export interface ReadOptions {
  ocr?: boolean;
}
