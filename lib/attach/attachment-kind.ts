import { sniffBytes } from './sniff-bytes';

/** What an attachment is, as far as reading it goes. */
export type AttachmentKind = 'pdf' | 'docx' | 'doc' | 'wps' | 'other';

/**
 * An attachment's kind as sniffBytes (lib's front door for bytes) sees it; null when the bytes are a web
 * page or text (the HTML reader's business) or empty. A file served or named as a PDF yet not one is a
 * 'pdf' (pdf.js says it is damaged); a .docx too large once inflated is a 'docx' (refused on reading).
 * @example attachmentKind(new TextEncoder().encode('%PDF-1.7'), 'x.bin') → 'pdf'
 */
export function attachmentKind(bytes: Uint8Array, name: string, contentType: string | null = null): AttachmentKind | null {
  const sniffed = sniffBytes(bytes, name, contentType);
  if ('kind' in sniffed) return sniffed.kind === 'pdf' || sniffed.kind === 'docx' ? sniffed.kind : null;
  switch (sniffed.refused.reason) {
    case 'empty':
      return null;
    case 'not-pdf':
      return 'pdf';
    case 'too-large':
      return 'docx';
    case 'legacy-doc':
      return 'doc';
    case 'wps':
      return 'wps';
    default:
      return 'other';
  }
}
