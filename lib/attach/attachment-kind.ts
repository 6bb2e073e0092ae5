import { binaryFormat } from '../detect/binary-format';

/** What an attachment is, as far as reading it goes. */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'wps' | 'other';

/**
 * Sorts downloaded bytes by content first (magic bytes), then Content-Type and file name; null when
 * the bytes may be a web page or text (the HTML reader's business).
 * @example attachmentKind(new TextEncoder().encode('%PDF-1.7'), 'x.bin') → 'pdf'
 */
export function attachmentKind(bytes: Uint8Array, name: string, contentType: string | null = null): AttachmentKind | null {
  const format = binaryFormat(bytes, name, contentType);
  if (format === null) return null;
  if (format === 'PDF') return 'pdf';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  const wpsName = /\.wps(?:[?#]|$)/i.test(name);
  if (format === 'WPS' || (ole && wpsName)) return 'wps';
  if (format === 'Word') return zip ? 'docx' : ole ? 'doc' : 'other';
  return 'other';
}
