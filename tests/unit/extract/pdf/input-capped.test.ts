import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../../../lib/pipeline';
import { loadPdfFixture } from '../../../helpers/pdf-fixtures';

describe('a PDF cut at the reading limit (issue 11)', () => {
  it('should say how far it was read, and say nothing when the whole document was', async () => {
    const pages = await loadPdfFixture('002.pdf');
    expect(pages.every((p) => p.documentPages === pages.length)).toBe(true);
    expect(checkPdf(pages, '002.pdf').report.findings.map((f) => f.rule)).not.toContain('input-capped');
    // as loadPdfPages leaves a 10,000-page document: its first pages, each knowing the whole count
    const cut = pages.map((p) => ({ ...p, documentPages: 10_000 }));
    const capped = checkPdf(cut, 'yearbook.pdf').report.findings.filter((f) => f.rule === 'input-capped');
    expect(capped.map((f) => f.message)).toEqual([`PDF 共 10000 页，只读取了前 ${pages.length} 页（一份年报远少于此）`]);
  });
});
