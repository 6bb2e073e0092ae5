import { browser } from 'wxt/browser';
import {
  attachmentKind,
  type AttachmentKind,
  loadPdfPages,
  openDocument,
  openPdf,
  openPdfDocument,
  type PdfDocumentLike,
  type PdfJsLike,
  type PdfOps,
  type PdfPageContent,
  readDocxHtml,
  type Refusal,
  type UnreadableReason,
} from '#lib/read';
import { checkPdf, type CheckResult, checkSource } from '#lib/check';
import { sha256Hex } from '#lib/model';

export type AttachmentOutcome =
  | { ok: true; result: CheckResult; kind: 'pdf' | 'docx'; hash: string; html?: Document }
  | { ok: false; reason: UnreadableReason; refused: Refusal; kind?: AttachmentKind };

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

function failure(refusal: Refusal, kind?: AttachmentKind): AttachmentOutcome {
  return { ok: false, reason: refusal.reason, refused: refusal, ...(kind ? { kind } : {}) };
}

type OpenedDoc = PdfDocumentLike & { destroy(): Promise<void> };
type PdfFailure = Extract<AttachmentOutcome, { ok: false }>;

/** pdf.js for lib's front door: the open document is handed to `keep` (the viewer draws its pages). */
function pdfLoader(keep: (doc: OpenedDoc) => void, onPage?: (n: number, of: number) => void) {
  return async (bytes: Uint8Array) => {
    const pdfjs = await loadPdfjs();
    const doc: OpenedDoc = await openPdf(pdfjs as unknown as PdfJsLike, bytes, { cMapUrl: cMapUrl() });
    keep(doc);
    return loadPdfPages(doc, pdfjs.OPS as unknown as PdfOps, onPage);
  };
}

/** mammoth for lib's front door, loaded on the first .docx. */
async function docxHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  return (await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer })).value;
}

/**
 * Opens a PDF and reads its pages; a password, a damaged file or a scan with no text is refused with
 * lib's codes and words (openPdfDocument). A scan keeps the document, which the viewer still shows. The
 * viewer keeps the open document to draw its pages; the batch closes it.
 */
export async function openPdfAttachment(
  bytes: Uint8Array,
  onPage?: (n: number, of: number) => void,
): Promise<{ ok: true; doc: OpenedDoc; pages: PdfPageContent[] } | (PdfFailure & { doc?: OpenedDoc })> {
  let doc: OpenedDoc | undefined;
  const opened = await openPdfDocument(
    bytes,
    pdfLoader((d) => (doc = d), onPage),
  );
  if (!opened.ok) {
    const refusal = failure(opened.refused, 'pdf') as PdfFailure;
    // a damaged or locked file is closed here; a scan's document goes to the viewer
    if (opened.refused.reason !== 'scanned-pdf') {
      await doc?.destroy();
      return refusal;
    }
    return doc ? { ...refusal, doc } : refusal;
  }
  if (opened.kind !== 'pdf' || !doc) return failure({ reason: 'corrupt' }, 'pdf') as PdfFailure;
  return { ok: true, doc, pages: opened.pages };
}

/**
 * Checks a downloaded attachment with the same rules as a page, through lib's front door for bytes
 * (openDocument, the CLI's too): PDF through pdf.js (cells from the ruling lines), .docx through mammoth
 * and the HTML reader. .doc, .wps, scans and the rest get a plain "cannot be read" with the reason;
 * nothing throws.
 */
export async function checkAttachment(bytes: Uint8Array, url: string, contentType: string | null = null): Promise<AttachmentOutcome> {
  const hash = sha256Hex(bytes);
  let doc: OpenedDoc | undefined;
  const opened = await openDocument(bytes, url, contentType, { pdfPages: pdfLoader((d) => (doc = d)), docxHtml });
  await doc?.destroy();
  if (!opened.ok) return failure(opened.refused, opened.kind ?? attachmentKind(bytes, url, contentType) ?? undefined);
  if (opened.kind === 'pdf') return { ok: true, kind: 'pdf', hash, result: checkPdf(opened.pages, url) };
  if (opened.kind === 'docx') {
    let html: Document | undefined;
    const source = readDocxHtml(opened.html, (s) => (html = new DOMParser().parseFromString(s, 'text/html')));
    return { ok: true, kind: 'docx', hash, result: checkSource(source, url, true), ...(html ? { html } : {}) };
  }
  // a page or a text is the HTML reader's business, not an attachment's
  return failure({ reason: 'unsupported' });
}
