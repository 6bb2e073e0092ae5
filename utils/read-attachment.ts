import { browser } from 'wxt/browser';
import { attachmentKind, type AttachmentKind } from '@/lib/attach/attachment-kind';
import { unreadableMessage, type Bilingual, type UnreadableReason } from '@/lib/attach/unreadable';
import { readDocxHtml } from '@/lib/extract/docx/read-docx-html';
import { readPdfBytes, type PdfJsLike } from '@/lib/extract/pdf/load-pdf-pages';
import type { PdfPageContent } from '@/lib/extract/pdf/pdf-content';
import { hasText } from '@/lib/extract/pdf/read-pdf';
import { checkPdf, checkSource, type CheckResult } from '@/lib/pipeline';
import { sha256Hex } from '@/lib/report/content-hash';

export type AttachmentOutcome =
  | { ok: true; result: CheckResult; kind: 'pdf' | 'docx'; hash: string; pages?: PdfPageContent[]; html?: Document }
  | { ok: false; reason: UnreadableReason; message: Bilingual; kind?: AttachmentKind };

/**
 * pdf.js, loaded on first use only: the viewer and batch pages pay for its 1.9 MB when an attachment
 * is opened, the popup and content script never. Its worker runs as a real dedicated worker of the
 * extension page (TOOLCHAIN.md §5).
 */
export async function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** The bundled CJK character maps (copied into the build by wxt.config.ts). */
export function cMapUrl(): string {
  return browser.runtime.getURL('/cmaps/' as '/popup.html');
}

function failure(reason: UnreadableReason, kind?: AttachmentKind, detail?: string): AttachmentOutcome {
  return { ok: false, reason, message: unreadableMessage(reason, detail), ...(kind ? { kind } : {}) };
}

async function checkPdfAttachment(bytes: Uint8Array, url: string, hash: string): Promise<AttachmentOutcome> {
  let pages: PdfPageContent[];
  try {
    pages = await readPdfBytes((await loadPdfjs()) as unknown as PdfJsLike, bytes, { cMapUrl: cMapUrl() });
  } catch (e) {
    const name = (e as { name?: string }).name;
    return failure(name === 'PasswordException' ? 'encrypted-pdf' : 'corrupt', 'pdf', name === 'PasswordException' ? undefined : String((e as Error).message ?? e));
  }
  if (!hasText(pages)) return failure('scanned-pdf', 'pdf');
  return { ok: true, kind: 'pdf', hash, pages, result: checkPdf(pages, url) };
}

async function checkDocxAttachment(bytes: Uint8Array, url: string, hash: string): Promise<AttachmentOutcome> {
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
