import { describe, expect, it } from 'vitest';
import { loadPdfPages, MAX_PAGE_OPERATORS } from '../../../../lib/extract/pdf/load-pdf-pages';
import { readPdf } from '../../../../lib/extract/pdf/read-pdf';
import { checkPdf } from '../../../../lib/pipeline';
import { problemText } from '../../../../lib/rules/helpers/problem-text';
import { loadPdfFixture } from '../../../helpers/pdf-fixtures';
import { renderFinding } from '../../../../lib/report/render-finding';

const capped = (pages: Parameters<typeof checkPdf>[0]) =>
  checkPdf(pages, 'x.pdf')
    .report.findings.filter((f) => f.rule === 'input-capped')
    .map((f) => renderFinding(f));

/** What readPdf says it cut (the pages below hold no report, so no rule runs on them). */
const problems = (pages: Parameters<typeof readPdf>[0]) => (readPdf(pages).problems ?? []).map((p) => p.detail);

/** A page as pdf.js gives it, drawing `operators` operators (all `save`, so no ruling line). */
const fakePage = (operators: number) => ({
  getViewport: () => ({ width: 595, height: 842 }),
  getTextContent: async () => ({ items: [{ str: '一、总体情况', transform: [16, 0, 0, 16, 74, 700], width: 96 }] }),
  getOperatorList: async () => ({ fnArray: new Uint8Array(operators).fill(1), argsArray: new Array(operators).fill(null) }),
});

describe('a PDF cut at a reading limit (issue 11)', () => {
  it('should say how far it was read, and say nothing when the whole document was', async () => {
    const pages = await loadPdfFixture('002.pdf');
    expect(pages.every((p) => p.documentPages === pages.length)).toBe(true);
    expect(capped(pages)).toEqual([]);
    // as loadPdfPages leaves a 10,000-page document: its first pages, each knowing the whole count
    const cut = pages.map((p) => ({ ...p, documentPages: 10_000 }));
    expect(capped(cut)).toEqual([`PDF 共 10000 页，只读取了前 ${pages.length} 页（一份年报远少于此），其后未读`]);
  });

  it('should stop reading pages when the time budget is spent, and say so', async () => {
    let clock = 0;
    const doc = { numPages: 50, getPage: async () => ((clock += 1000), fakePage(10)) };
    const pages = await loadPdfPages(doc, { save: 1 } as never, undefined, { ms: 5_000, now: () => clock });
    expect(pages).toHaveLength(6);
    expect(pages.at(-1)!.timeCapped).toBe(true);
    expect(problems(pages)).toEqual([{ code: 'pdf-pages', read: 6, of: 50, timeCapped: true }]);
    expect(problemText('requests', problems(pages)[0])).toBe('PDF 共 50 页，读取 6 页后已超过读取时间上限（一份年报远少于此），其后未读');
  });

  it('should not scan a page of too many drawing operators for ruling lines, and say which page', async () => {
    const doc = { numPages: 2, getPage: async (n: number) => fakePage(n === 2 ? MAX_PAGE_OPERATORS + 1 : 10) };
    const pages = await loadPdfPages(doc, { save: 1 } as never);
    expect(pages.map((p) => p.operatorsCapped)).toEqual([undefined, MAX_PAGE_OPERATORS + 1]);
    expect(pages[1]!.segments).toEqual([]);
    expect(problems(pages)).toEqual([{ code: 'pdf-operators', pages: [2], operators: MAX_PAGE_OPERATORS + 1 }]);
    expect(problemText('requests', problems(pages)[0])).toBe(
      `第 2 页的绘图指令过多（${MAX_PAGE_OPERATORS + 1} 条，超过上限），未读取其表格线，该页的表格可能未读到`,
    );
  });
});
