import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfBox, PdfPageContent } from '../../lib/extract/pdf/pdf-content';
import { readPdf } from '../../lib/extract/pdf/read-pdf';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, activeRows, requestRows } from '../../lib/model/keys';
import { checkPdf, type CheckResult } from '../../lib/pipeline';
import { loadPdfFixture } from '../helpers/pdf-fixtures';

/**
 * The three real PDF reports of ../shared/corpus/pdf (copies in tests/fixtures/pdf). The oracle is
 * independent of the table reader: the numbers printed between two section headings, in reading
 * order (page, then top to bottom, then left to right), straight from pdf.js's text runs.
 */
function printedNumbers(pages: PdfPageContent[], from: RegExp, to: RegExp): string[] {
  const runs = pages.flatMap((p) => [...p.items].sort((a, b) => b.y - a.y || a.x - b.x).map((it) => it.str.trim()));
  const start = runs.findIndex((s) => from.test(s));
  const end = runs.findIndex((s, i) => i > start && to.test(s));
  return runs.slice(start + 1, end).filter((s) => /^\d+(\.\d+)?$/.test(s));
}

const CASES = [
  {
    file: '001.pdf',
    title: '淮安市人民政府2024年政府信息公开工作年度报告',
    agency: '淮安市人民政府',
    year: 2024,
    otherRows: 3,
    pages: 6,
    tallLabel: '三、本年度办理结果',
  },
  {
    file: '002.pdf',
    title: '洪泽区人民政府2023年政府信息公开工作年度报告',
    agency: '洪泽区人民政府',
    year: 2023,
    otherRows: 1,
    pages: 5,
    tallLabel: '三、本年',
  },
  {
    file: '003.pdf',
    title: '淮安市洪泽区人民政府2024年政府信息公开工作年度报告',
    agency: '淮安市洪泽区人民政府',
    year: 2024,
    otherRows: 1,
    pages: 5,
    tallLabel: '三、本',
  },
] as const;

describe.each(CASES)('real PDF $file', (c) => {
  let pages: PdfPageContent[];
  let result: CheckResult;
  beforeAll(async () => {
    pages = await loadPdfFixture(c.file);
    result = checkPdf(pages, c.file);
  });

  it('should read the title, agency, year and template', () => {
    expect(pages).toHaveLength(c.pages);
    expect(result.report).toMatchObject({ detected: true, format: '2021', title: c.title, agency: c.agency, year: c.year });
    expect(result.extraction.problems).toEqual([]);
  });

  it('should read every cell of table 三 in template order, as printed', () => {
    const req = result.report.tables.requests!;
    const rows = requestRows('2021', req);
    expect(rows).toHaveLength(22 + c.otherRows);
    const read = rows.flatMap((r) => REQUEST_COLUMNS.map((col) => req[r]?.[col]?.raw));
    expect(read).toEqual(printedNumbers(pages, /^三、收到和处理政府信息公开申请情况$/, /^四、政府信息公开行政复议/));
  });

  it('should read tables 二 and 四 as printed', () => {
    const active = result.report.tables.active!;
    const activeRead = activeRows('2021').flatMap((r) => Object.values(active[r.key] ?? {}).map((cell) => cell.raw));
    expect(activeRead).toEqual(printedNumbers(pages, /^二、主动公开政府信息情况$/, /^三、收到和处理/));
    const review = result.report.tables.review!;
    const reviewRead = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((col) => review[g]?.[col]?.raw));
    expect(reviewRead).toEqual(printedNumbers(pages, /^四、政府信息公开行政复议/, /^五、/));
  });

  it('should keep the vertical 三、本年度办理结果 label as one tall cell', () => {
    const table = readPdf(pages).tables.find((t) => t.rows.flat().some((cell) => /^三、本/.test(cell.text)))!;
    const tall = table.rows.flat().find((cell) => /^三、本/.test(cell.text))!;
    // (一) (二), 8 不予公开, 3 无法提供, 5 不予处理, the （六） rows and （七）总计
    expect(tall.rowSpan).toBe(19 + c.otherRows);
    // 002 and 003 print only the head of the vertical label before the page break cuts it off
    expect(tall.text.replace(/\s/g, '')).toBe(c.tallLabel);
    expect(tall.col).toBe(0);
  });

  it('should place each cell where it is printed (page and box around its text)', () => {
    const cell = result.extraction.tables.requests!.totalProcessed!.total!;
    const boxes = cell.source as PdfBox[];
    const printed = pages.flatMap((p) => p.items.filter((it) => it.str.trim() === cell.raw).map((it) => ({ ...it, page: p.page })));
    const inside = printed.filter((it) => boxes.some((b) => b.page === it.page && it.x >= b.x && it.x + it.w <= b.x + b.w && it.y >= b.y && it.y <= b.y + b.h));
    expect(inside).toHaveLength(1);
  });
});

describe('findings on the real PDFs', () => {
  const findings = async (file: string) => {
    const r = checkPdf(await loadPdfFixture(file), file);
    return r.findings.map((f) => ({ rule: f.rule, severity: f.severity, cells: f.cells, expected: f.expected, actual: f.actual }));
  };

  it('should find nothing wrong in 淮安市 2024 (001)', async () => {
    expect(await findings('001.pdf')).toEqual([]);
  });

  it('should catch the blank-as-0 totals of table 四 in 洪泽区 2023 (002): 10+1+0+0 printed as 0, 5+0+0+0 as 0', async () => {
    const got = await findings('002.pdf');
    expect(got).toEqual([
      expect.objectContaining({
        rule: 't4-group-total',
        severity: 'error',
        expected: 11,
        actual: 0,
        cells: expect.arrayContaining(['review.reconsideration.total']),
      }),
      expect.objectContaining({
        rule: 't4-group-total',
        severity: 'error',
        expected: 5,
        actual: 0,
        cells: expect.arrayContaining(['review.litigationAfterReconsideration.total']),
      }),
      // the 2019 template's single （六）其他处理 row among the 2021 labels (D-4, report-format.md §5)
      expect.objectContaining({ rule: 'template-year', severity: 'warning', cells: [] }),
    ]);
  });

  it('should note, not warn, the government office’s own 17 against the district’s 95 in table 三 of 洪泽区 2024 (003, N-6)', async () => {
    const got = await findings('003.pdf');
    // “区政府办代表区政府受理政府信息公开申请 17 件”: the 本级 figure; the table sums up the district
    // and, as in 002, the single （六） row of the 2019 template among the 2021 labels (D-4)
    expect(got).toEqual([
      expect.objectContaining({ rule: 'template-year', severity: 'warning', cells: [] }),
      expect.objectContaining({ rule: 'narrative-received', severity: 'info', actual: 17, expected: 95 }),
    ]);
  });
});

describe.each(CASES)('real PDF $file without its ruling lines (tables from text positions alone)', (c) => {
  it('should read the same three tables and find the same, saying the columns were taken in template order', async () => {
    const pages = await loadPdfFixture(c.file);
    const drawn = checkPdf(pages, c.file);
    const bare = checkPdf(
      pages.map((p) => ({ ...p, segments: [] })),
      c.file,
    );
    expect(bare.report.tables).toEqual(drawn.report.tables);
    const rules = (r: CheckResult) => r.findings.map((f) => [f.rule, f.cells, f.expected, f.actual]);
    expect(rules(bare).filter(([rule]) => rule !== 'columns-by-position')).toEqual(rules(drawn));
    expect(bare.extraction.problems.map((p) => [p.kind, p.table])).toEqual([
      ['columns-by-position', 'requests'],
      ['columns-by-position', 'review'],
    ]);
  });
});
