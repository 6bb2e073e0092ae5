import { checkInput } from '../../cli/check-input';
import { fromBytes } from '../../cli/read-input';
import { refusalMessage } from '../../lib/attach/unreadable';
import type { PublicReport } from '../../lib/model/public-report';
import { docxWith } from './fixture-source';
import type { Fixture } from './fixtures';
import { FORMS } from './forms';
import type { LibreOfficePdf } from './libreoffice-pdf';
import type { PdfPrinter } from './pdf-printer';

/** A report as the command-line checker gives it, or the plain reason it could not be read or checked. */
export type ReadReport = { ok: true; report: PublicReport } | { ok: false; reason: string };

/** What makes the PDFs: Chromium printing pages, LibreOffice exporting Word documents (null: not started). */
export interface Producers {
  printer: PdfPrinter | null;
  office: LibreOfficePdf | null;
}

export const NO_PRODUCERS: Producers = { printer: null, office: null };

const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));

/**
 * The bytes of a fixture's form made from (changed) sources, in order: the text itself, a .docx around it,
 * the page printed by Chromium, or the .docx exported by LibreOffice (all of them in one run).
 */
export async function formBytes(f: Fixture, sources: readonly (string | Uint8Array)[], producers: Producers): Promise<Uint8Array[]> {
  const { printer, office } = producers;
  if (sources.length === 0) return [];
  if (f.form === 'docx') return sources.map((s) => docxWith(f, text(s)));
  if (f.form === 'pdf-lo') {
    if (!office) throw new Error('a LibreOffice PDF fixture needs LibreOffice');
    return office.exportAll(sources.map((s) => docxWith(f, text(s))));
  }
  if (f.form === 'pdf') {
    if (!printer) throw new Error('a PDF fixture needs the printer');
    return Promise.all(sources.map((s) => printer.print(text(s))));
  }
  return sources.map((s) => (typeof s === 'string' ? new TextEncoder().encode(s) : s));
}

/**
 * Reads and checks bytes as `xxgk-audit check` does (cli/read-input fromBytes, cli/check-input checkInput):
 * pages parsed by parse5 into linkedom, .docx through mammoth, PDFs through pdf.js in node.
 */
export async function readReport(f: Fixture, bytes: Uint8Array): Promise<ReadReport> {
  const form = FORMS[f.form];
  const name = f.name.replace(/\.[a-z]+$/, form.extension);
  const read = await fromBytes(name, bytes, form.kind);
  if (!read.ok) return { ok: false, reason: refusalMessage(read.refused).en };
  try {
    return { ok: true, report: checkInput(read).result.report };
  } catch (e) {
    return { ok: false, reason: `the checker crashed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
