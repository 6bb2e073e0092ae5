import { attachmentKind } from '../attach/attachment-kind';
import { sniffBytes } from '../attach/sniff-bytes';
import type { Refusal } from '../attach/unreadable';
import { checkHtml, checkText, type CheckResult } from '../pipeline';
import { charsetFromContentType, decodeHtml } from '../text/decode';
import { rowFromResult, unreadableRow, type BatchItem, type BatchRow } from './batch-row';

/** What the attachment reader (PDF/DOCX) answers: the same shape as utils/read-attachment.ts checkAttachment. */
export type AttachmentOutcome = { ok: true; result: CheckResult; hash?: string } | { ok: false; refused: Refusal };

export interface FetchedDocument {
  bytes: Uint8Array;
  contentType: string | null;
}

export interface CheckFetchedDeps {
  /** HTML text → Document (DOMParser in the extension page, linkedom in node) */
  parseHtml: (html: string) => Document;
  /** PDF/DOCX reader; absent where none is available */
  checkAttachment?: (bytes: Uint8Array, url: string, contentType: string | null) => Promise<AttachmentOutcome>;
  /**
   * told of each full check result (with its extraction), e.g. to keep it in the local history; `hash`
   * is an attachment's byte hash (a page's is its report text's, reportHash)
   */
  onChecked?: (result: CheckResult, hash?: string) => void;
}

const KIND_FORMAT = { pdf: 'PDF', docx: 'Word', doc: 'Word', wps: 'WPS' } as const;

/** Why bytes that are neither a page nor an attachment are refused: what they are, as the CLI says it (sniffBytes). */
function otherRefusal(fetched: FetchedDocument, url: string): Refusal {
  const sniffed = sniffBytes(fetched.bytes, url, fetched.contentType);
  return 'refused' in sniffed ? sniffed.refused : { reason: 'unsupported' };
}

/**
 * A text file (a portal archive's crawler text, a converter's Markdown) served as text/plain or
 * text/markdown, read as the CLI reads a .txt: unless it holds markup, as a page mislabelled text/plain does.
 */
function isPlainText(contentType: string | null, text: string): boolean {
  return /^text\/(plain|markdown|x-markdown)\b/i.test(contentType ?? '') && !/<(html|body|table|div|p)\b/i.test(text.slice(0, 20_000));
}

/**
 * Checks a document already fetched, sorted by its content (attachmentKind): a PDF or Word/WPS file
 * goes to the attachment reader, which reads or plainly refuses it (or the row is marked unreadable
 * when there is no reader); another binary file is refused saying what it is (the refusal's code, as
 * the CLI gives it: words are rendered at the edge); anything else is decoded as a browser
 * would (BOM, header charset, meta charset, UTF-8, else gb18030: GBK portals), parsed and checked
 * with checkHtml — also an HTML error page served at a …/report.pdf address — or, served as plain text
 * without markup, read as text (checkText).
 */
export async function checkFetched(item: BatchItem, fetched: FetchedDocument, deps: CheckFetchedDeps): Promise<BatchRow> {
  const kind = attachmentKind(fetched.bytes, item.url, fetched.contentType);
  if (kind === 'other') return unreadableRow(item, otherRefusal(fetched, item.url));
  if (kind) {
    if (!deps.checkAttachment) return unreadableRow(item, { reason: 'no-reader', format: KIND_FORMAT[kind] });
    const outcome = await deps.checkAttachment(fetched.bytes, item.url, fetched.contentType);
    // a scan is marked: the batch page offers to read it by OCR
    if (!outcome.ok) return unreadableRow(item, outcome.refused, outcome.refused.reason === 'scanned-pdf');
    deps.onChecked?.(outcome.result, outcome.hash);
    return rowFromResult(item, outcome.result, outcome.hash);
  }
  const { text } = decodeHtml(fetched.bytes, charsetFromContentType(fetched.contentType));
  const result = isPlainText(fetched.contentType, text) ? checkText(text, item.url) : checkHtml(deps.parseHtml(text), item.url);
  deps.onChecked?.(result);
  return rowFromResult(item, result);
}
