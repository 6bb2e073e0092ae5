import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ensureLibreOffice } from '../../scripts/ensure-debian-tools';

/**
 * Word documents exported as PDF by LibreOffice (File › Export as PDF, writer_pdf_Export), as an agency
 * without WPS publishes its report. Many documents go through one soffice run (its start-up is most of the
 * cost), in a profile of its own so that another LibreOffice on the machine does not lock it.
 */
export class LibreOfficePdf {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-metamorphic-lo-'));
  private readonly soffice = ensureLibreOffice();
  private batch = 0;

  /** Each .docx as the PDF LibreOffice exports, in the same order. */
  async exportAll(docs: readonly Uint8Array[]): Promise<Uint8Array[]> {
    const inDir = path.join(this.dir, `in-${this.batch}`);
    const outDir = path.join(this.dir, `out-${this.batch++}`);
    mkdirSync(inDir);
    const names = docs.map((d, i) => {
      const name = path.join(inDir, `m${String(i).padStart(4, '0')}.docx`);
      writeFileSync(name, d);
      return name;
    });
    const profile = `file://${path.join(this.dir, 'profile')}`;
    await promisify(execFile)(
      this.soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...names],
      {
        maxBuffer: 16 << 20,
      },
    );
    const pdfs = names.map((n) => new Uint8Array(readFileSync(path.join(outDir, path.basename(n).replace(/\.docx$/, '.pdf')))));
    rmSync(inDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    return pdfs;
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
