import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../lib/pipeline';
import { printWithChromium } from '../../scripts/pdf-matrix';
import { cellValue, checkMatrixPdf, checkMatrixSource, MATRIX, matrixExpectedCells } from '../helpers/pdf-matrix';
import { loadPdfPath } from '../helpers/pdf-fixtures';

/**
 * The Chromium half of the PDF producer matrix made again with today's Chromium, so the recipe of
 * scripts/pdf-matrix.ts (and the committed tests/fixtures/pdf-matrix/chromium) cannot rot unseen: seed
 * 002 as a TRS portal page, printed whole ("save as PDF": site chrome, header and footer, 表三 over
 * three pages), read back with every cell, the title and the errors of the page itself.
 */
describe('a portal page printed to PDF by Chromium, read back', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-print-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const entry = MATRIX.find((e) => e.pdf === 'chromium/trs-002.pdf')!;

  it('should read every cell, the title and the errors of the page from the fresh print', async () => {
    const out = path.join(dir, 'trs-002.pdf');
    const version = await printWithChromium([{ source: entry.source, out }]);
    expect(version).toMatch(/^\d+\./);
    const pages = await loadPdfPath(out);
    // the page runs over several printed pages, each with the browser's header and footer
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((p) => p.items.some((it) => /example-portal\.gov\.cn/.test(it.str)))).toBe(true);
    const fresh = checkPdf(pages, out);
    const source = await checkMatrixSource(entry);
    const wrongOrUnread = matrixExpectedCells(entry).filter(([p, v]) => cellValue(fresh, p) !== v);
    expect(wrongOrUnread).toEqual([]);
    expect([fresh.report.title, fresh.report.agency, fresh.report.year]).toEqual([source.report.title, source.report.agency, source.report.year]);
    const verdict = (r: typeof fresh) => r.report.findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.cells[0] ?? null]);
    expect(verdict(fresh)).toEqual(verdict(source));
    // and the committed fixture reads the same: the recipe still makes what the unit tests hold
    expect(fresh.report.tables).toEqual((await checkMatrixPdf(entry)).report.tables);
  });
});
