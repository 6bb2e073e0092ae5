import { binaryFormat } from '../detect/binary-format';
import { isWordZip } from './zip-names';

/** What an attachment is, as far as reading it goes. */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'wps' | 'other';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Text that opens like a page (after a BOM and blanks): a portal's 404 page served at a …/report.pdf address. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '');
  return /^\s*</.test(head);
}

/**
 * Sorts downloaded bytes by content first (magic bytes, the ZIP's parts), then by what they look
 * like, and only then by Content-Type and file name; null when the bytes are a web page or text (the
 * HTML reader's business). A .docx behind downfile.jsp?id=1 is a .docx; an HTML error page at
 * …/nb2023.pdf is a page.
 * @example attachmentKind(new TextEncoder().encode('%PDF-1.7'), 'x.bin') → 'pdf'
 */
export function attachmentKind(bytes: Uint8Array, name: string, contentType: string | null = null): AttachmentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (isWordZip(bytes)) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return /\.wps(?:[?#]|$)/i.test(name) || /wps/i.test(contentType ?? '') ? 'wps' : 'doc';
  if (looksLikeHtml(bytes)) return null;
  const format = binaryFormat(bytes, name, contentType);
  if (format === null) return null;
  // named or served as a PDF, yet not one: damaged (pdf.js says so)
  if (format === 'PDF') return 'pdf';
  if (format === 'WPS') return 'wps';
  return 'other';
}
