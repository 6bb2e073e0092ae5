import { binaryFormat } from '../detect/binary-format';
import { checkHtml, type CheckResult } from '../pipeline';
import { charsetFromContentType, decodeHtml } from '../text/decode';
import { rowFromResult, unreadableRow, type BatchItem, type BatchRow, type BilingualText } from './batch-row';

/** What the attachment reader (PDF/DOCX) answers: the same shape as utils/read-attachment.ts checkAttachment. */
export type AttachmentOutcome = { ok: true; result: CheckResult; hash?: string } | { ok: false; reason: string; message: BilingualText };

export interface FetchedDocument {
  bytes: Uint8Array;
  contentType: string | null;
}

export interface CheckFetchedDeps {
  /** HTML text → Document (DOMParser in the extension page, linkedom in node) */
  parseHtml: (html: string) => Document;
  /** PDF/DOCX reader; absent where none is available */
  checkAttachment?: (bytes: Uint8Array, url: string, contentType: string | null) => Promise<AttachmentOutcome>;
  /** told of each full check result (with its extraction), e.g. to keep it in the local history */
  onChecked?: (result: CheckResult) => void;
}

/**
 * Checks a document already fetched: a PDF or Word file goes to the attachment reader (or is marked
 * unreadable when there is none); anything else is decoded as a browser would (BOM, header charset,
 * meta charset, UTF-8, else gb18030: GBK portals), parsed and checked with checkHtml.
 */
export async function checkFetched(item: BatchItem, fetched: FetchedDocument, deps: CheckFetchedDeps): Promise<BatchRow> {
  const kind = binaryFormat(fetched.bytes, item.url, fetched.contentType);
  if (kind === 'PDF' || kind === 'Word') {
    if (!deps.checkAttachment) return unreadableRow(item, { zh: `${kind} 附件：本版本暂不读取，请打开原文核对`, en: `${kind} attachment: not read by this version; open the original` });
    const outcome = await deps.checkAttachment(fetched.bytes, item.url, fetched.contentType);
    if (!outcome.ok) return unreadableRow(item, outcome.message);
    deps.onChecked?.(outcome.result);
    return rowFromResult(item, outcome.result, outcome.hash);
  }
  if (kind) return unreadableRow(item, { zh: `${kind} 文件，无法读取表格`, en: `${kind} file: its tables cannot be read` });
  const { text } = decodeHtml(fetched.bytes, charsetFromContentType(fetched.contentType));
  const result = checkHtml(deps.parseHtml(text), item.url);
  deps.onChecked?.(result);
  return rowFromResult(item, result);
}
