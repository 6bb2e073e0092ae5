import { binaryFormat } from '../detect/binary-format';
import { decodeText } from '../text/decode';
import type { Refusal } from './unreadable';
import { isWordZip, MAX_INFLATED_BYTES, zipInflatedBytes } from './zip-names';

/** What a document's bytes are, as far as reading them goes. */
export type DocumentKind = 'pdf' | 'docx' | 'html' | 'text';

/** The kind the bytes will be read as, or why they will not be. */
export type Sniffed = { kind: DocumentKind } | { refused: Refusal };

/** What the name or the link said the bytes are (`.html` → html, `.txt`/`.md` → text, `.pdf` → pdf), if anything. */
export type DeclaredKind = 'html' | 'text' | 'pdf' | null;

/** A PDF may carry up to 1 KiB of junk before its header; readers accept it, so do we. */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

const isOle2 = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''))?.[1]?.toLowerCase() ?? '';

/** Text that opens like a page (after a BOM and blanks): a portal's 404 page served at a …/report.pdf address. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  return /^\s*</.test(decodeText(bytes.subarray(0, 1024)).text);
}

/** .doc, .wps and .xls/.et are all OLE2 compound files: the name or the Content-Type says which. */
function ole2Refusal(name: string, contentType: string | null): Refusal {
  const ext = extension(name);
  if (ext === 'wps' || /wps/i.test(contentType ?? '')) return { reason: 'wps' };
  if (ext === 'xls' || ext === 'et' || /ms-excel/i.test(contentType ?? '')) return { reason: 'legacy-excel' };
  return { reason: 'legacy-doc' };
}

/**
 * lib's front door for bytes, shared by the extension (viewer, batch) and the CLI: what a downloaded or
 * local document is, by its content first (magic bytes, the ZIP's parts, markup), then by what its
 * name or Content-Type says; or the refusal, as a code (rendered by refusalMessage at the edge).
 * A .docx behind downfile.jsp?id=1 is a .docx; an HTML error page at …/nb2023.pdf is a page; a file
 * named .pdf that is neither is damaged; .doc/.wps/.xls, images, archives and other binaries are refused
 * saying what they are. Whether a PDF is encrypted, damaged or scanned takes pdf.js: openDocument.
 * @example sniffBytes(new TextEncoder().encode('%PDF-1.7'), 'x.bin') → { kind: 'pdf' }
 */
export function sniffBytes(bytes: Uint8Array, name: string, contentType: string | null = null, declared: DeclaredKind = null): Sniffed {
  if (bytes.length === 0) return { refused: { reason: 'empty' } };
  if (isPdf(bytes)) return { kind: 'pdf' };
  if (isWordZip(bytes)) {
    // mammoth inflates every part: a 0.9 MB file that inflates to 300 MB takes gigabytes to open
    const inflated = zipInflatedBytes(bytes) ?? 0;
    return inflated > MAX_INFLATED_BYTES ? { refused: { reason: 'too-large', inflated, limit: MAX_INFLATED_BYTES } } : { kind: 'docx' };
  }
  if (isOle2(bytes)) return { refused: ole2Refusal(name, contentType) };
  const html = looksLikeHtml(bytes);
  // portals answer a dead …/report.pdf link with an HTML page: that page is read, not called a damaged PDF
  if (!html && declared === 'pdf') return { refused: { reason: 'not-pdf' } };
  const format = html ? null : binaryFormat(bytes, declared === 'pdf' ? '' : name, contentType);
  if (format === 'PDF') return { refused: { reason: 'not-pdf' } }; // named or served as a PDF, yet not one
  if (format === 'WPS') return { refused: { reason: 'wps' } };
  if (format) return { refused: { reason: 'unsupported', format } };
  if (declared === 'html' || declared === 'text') return { kind: declared };
  return { kind: html ? 'html' : 'text' };
}
