import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FIXTURES_DIR, type Fixture } from './fixtures';

const DOCUMENT_XML = 'word/document.xml';

/**
 * The text the suite changes in a fixture: the file itself (a page, a text, Markdown; the page a PDF is
 * printed from), or, for a .docx (and the PDF LibreOffice exports from it), the document.xml inside it.
 */
export function fixtureSource(f: Fixture): string {
  const bytes = readFileSync(path.join(FIXTURES_DIR, f.name));
  if (f.form !== 'docx' && f.form !== 'pdf-lo') return bytes.toString('utf8');
  const xml = unzipSync(new Uint8Array(bytes), { filter: (e) => e.name === DOCUMENT_XML })[DOCUMENT_XML];
  if (!xml) throw new Error(`${f.name}: no ${DOCUMENT_XML}`);
  return strFromU8(xml);
}

/** A .docx with its document.xml replaced (every other part kept, in its order). */
export function docxWith(f: Fixture, documentXml: string): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(path.join(FIXTURES_DIR, f.name))));
  parts[DOCUMENT_XML] = strToU8(documentXml);
  // a fixed time: the same mutant gives the same bytes on every run
  return zipSync(parts, { level: 6, mtime: '1980-01-01T00:00:00Z' });
}
