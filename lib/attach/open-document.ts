import type { PdfPageContent } from '../extract/pdf/pdf-content';
import { hasText } from '../extract/pdf/read-pdf';
import { charsetFromContentType, decodeHtml, decodeText } from '../text/decode';
import { type DeclaredKind, sniffBytes } from './sniff-bytes';
import type { Refusal } from './unreadable';

/**
 * The two readers that are loaded, not imported: each shell brings its own build of pdf.js and mammoth
 * (the extension's page bundle, node's legacy build and Buffer API) and loads it on first use.
 */
export interface DocumentLoaders {
  /** a PDF's pages of positioned text and rulings; throws as pdf.js does (a PasswordException for a password) */
  pdfPages(bytes: Uint8Array): Promise<PdfPageContent[]>;
  /** a .docx as mammoth's HTML */
  docxHtml(bytes: Uint8Array): Promise<string>;
}

/** A document read, ready for the pipeline, or refused with its code. */
export type OpenedDocument =
  | { ok: true; kind: 'pdf'; pages: PdfPageContent[] }
  | { ok: true; kind: 'docx'; html: string }
  | { ok: true; kind: 'html' | 'text'; text: string; charset: string }
  | { ok: false; refused: Refusal; kind?: 'pdf' | 'docx'; pages?: PdfPageContent[] };

const why = (e: unknown) => (e instanceof Error ? e.message : String((e as { message?: unknown })?.message ?? e));

/** A page of markup only (a doctype, a comment, empty tags): nothing to read. */
function withoutMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;|[\s\u00a0\u3000]/g, '');
}

/**
 * Opens a PDF with the given loader and says how it failed: a password, a damaged file, or a scan with
 * no text on any page (then its pages come with the refusal: the viewer still shows them, --ocr reads them).
 */
export async function openPdfDocument(bytes: Uint8Array, pdfPages: DocumentLoaders['pdfPages']): Promise<OpenedDocument> {
  let pages: PdfPageContent[];
  try {
    pages = await pdfPages(bytes);
  } catch (e) {
    if ((e as { name?: string } | null)?.name === 'PasswordException') return { ok: false, kind: 'pdf', refused: { reason: 'encrypted-pdf' } };
    return { ok: false, kind: 'pdf', refused: { reason: 'corrupt', detail: why(e) } };
  }
  // the page loader keeps only runs with visible characters: none on any page means images only
  if (!hasText(pages)) return { ok: false, kind: 'pdf', refused: { reason: 'scanned-pdf', pages: pages.length }, pages };
  return { ok: true, kind: 'pdf', pages };
}

/**
 * lib's front door for a document's bytes, the same in the extension and the CLI: sniffBytes says what
 * they are (or refuses them), then a PDF is opened by pdf.js, a .docx converted by mammoth (both through
 * the loaders the shell injects) and a page or a text decoded as a browser would (BOM, header charset,
 * meta charset, UTF-8, else GB18030). Never throws: every failure is a refusal code.
 */
export async function openDocument(
  bytes: Uint8Array,
  name: string,
  contentType: string | null,
  loaders: DocumentLoaders,
  declared: DeclaredKind = null,
): Promise<OpenedDocument> {
  const sniffed = sniffBytes(bytes, name, contentType, declared);
  if ('refused' in sniffed) return { ok: false, refused: sniffed.refused };
  if (sniffed.kind === 'pdf') return openPdfDocument(bytes, loaders.pdfPages);
  if (sniffed.kind === 'docx') {
    try {
      return { ok: true, kind: 'docx', html: await loaders.docxHtml(bytes) };
    } catch (e) {
      return { ok: false, kind: 'docx', refused: { reason: 'corrupt', detail: why(e) } };
    }
  }
  const header = charsetFromContentType(contentType);
  const decoded = sniffed.kind === 'html' ? decodeHtml(bytes, header) : decodeText(bytes, header);
  if (sniffed.kind === 'html' && withoutMarkup(decoded.text) === '') return { ok: false, refused: { reason: 'no-text' } };
  return { ok: true, kind: sniffed.kind, text: decoded.text, charset: decoded.charset };
}
