import { browser } from 'wxt/browser';
import { MAX_INFLATED_BYTES, zipInflatedBytes, attachmentKind, type AttachmentKind, unreadableMessage, type UnreadableReason } from '#lib/attach';
import { megabytes } from '#lib/net';
import type { Bilingual } from '#lib/model';
import { readDocxHtml, loadPdfPages, type PdfDocumentLike, type PdfOps, openPdf, type PdfJsLike, type PdfPageContent, hasText } from '#lib/extract';
import { checkPdf, checkSource, type CheckResult } from '#lib/pipeline';
import { sha256Hex } from '#lib/report';

export type AttachmentOutcome =
  | { ok: true; result: CheckResult; kind: 'pdf' | 'docx'; hash: string; html?: Document }
  | { ok: false; reason: UnreadableReason; message: Bilingual; kind?: AttachmentKind };

/**
 * pdf.js, loaded on first use only: the viewer and batch pages pay for its 1.9 MB when an attachment
 * is opened, the popup and content script never. Its worker runs as a real dedicated worker of the
 * extension page (TOOLCHAIN.md §5).
 */
async function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** The bundled CJK character maps (copied into the build by wxt.config.ts). */
function cMapUrl(): string {
  return browser.runtime.getURL('/cmaps/' as '/popup.html');
}

function failure(reason: UnreadableReason, kind?: AttachmentKind, detail?: string): AttachmentOutcome {
  return { ok: false, reason, message: unreadableMessage(reason, detail), ...(kind ? { kind } : {}) };
}

type OpenedDoc = PdfDocumentLike & { destroy(): Promise<void> };
type PdfFailure = Extract<AttachmentOutcome, { ok: false }>;

/**
 * Opens a PDF and reads its pages, wording every way it can fail: a password, a damaged file, a scan
 * with no text (that one keeps the document, which the viewer still shows). The viewer keeps the open
 * document to draw its pages; the batch closes it.
 */
export async function openPdfAttachment(
  bytes: Uint8Array,
  onPage?: (n: number, of: number) => void,
): Promise<{ ok: true; doc: OpenedDoc; pages: PdfPageContent[] } | (PdfFailure & { doc?: OpenedDoc })> {
  let doc: OpenedDoc;
  let pages: PdfPageContent[];
  try {
    const pdfjs = await loadPdfjs();
    doc = await openPdf(pdfjs as unknown as PdfJsLike, bytes, { cMapUrl: cMapUrl() });
    pages = await loadPdfPages(doc, pdfjs.OPS as unknown as PdfOps, onPage);
  } catch (e) {
    const encrypted = (e as { name?: string }).name === 'PasswordException';
    return failure(encrypted ? 'encrypted-pdf' : 'corrupt', 'pdf', encrypted ? undefined : String((e as Error).message ?? e)) as PdfFailure;
  }
  if (!hasText(pages)) return { ...(failure('scanned-pdf', 'pdf') as PdfFailure), doc };
  return { ok: true, doc, pages };
}

async function checkPdfAttachment(bytes: Uint8Array, url: string, hash: string): Promise<AttachmentOutcome> {
  const opened = await openPdfAttachment(bytes);
  await opened.doc?.destroy();
  if (!opened.ok) return { ok: false, reason: opened.reason, message: opened.message, kind: 'pdf' };
  return { ok: true, kind: 'pdf', hash, result: checkPdf(opened.pages, url) };
}

async function checkDocxAttachment(bytes: Uint8Array, url: string, hash: string): Promise<AttachmentOutcome> {
  const inflated = zipInflatedBytes(bytes);
  if (inflated !== null && inflated > MAX_INFLATED_BYTES) return failure('too-large', 'docx', megabytes(inflated));
  try {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer });
    let html: Document | undefined;
    const source = readDocxHtml(value, (s) => (html = new DOMParser().parseFromString(s, 'text/html')));
    return { ok: true, kind: 'docx', hash, result: checkSource(source, url, true), ...(html ? { html } : {}) };
  } catch (e) {
    return failure('corrupt', 'docx', String((e as Error).message ?? e));
  }
}

/**
 * Checks a downloaded attachment with the same rules as a page: PDF through pdf.js (cells from the
 * ruling lines), .docx through mammoth and the HTML reader. .doc, .wps and scans get a plain
 * "cannot be read" with the reason; nothing throws.
 */
export async function checkAttachment(bytes: Uint8Array, url: string, contentType: string | null = null): Promise<AttachmentOutcome> {
  const kind = attachmentKind(bytes, url, contentType);
  const hash = sha256Hex(bytes);
  if (kind === 'pdf') return checkPdfAttachment(bytes, url, hash);
  if (kind === 'docx') return checkDocxAttachment(bytes, url, hash);
  if (kind === 'doc') return failure('legacy-doc', kind);
  if (kind === 'wps') return failure('wps', kind);
  return failure('unsupported', kind ?? undefined);
}
