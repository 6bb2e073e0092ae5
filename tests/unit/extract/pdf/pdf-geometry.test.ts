import { describe, expect, it } from 'vitest';
import { gridRegions } from '../../../../lib/extract/pdf/grid-regions';
import { joinTables, toRawTable } from '../../../../lib/extract/pdf/join-tables';
import type { PdfCell, PdfPageTable } from '../../../../lib/extract/pdf/page-tables';
import { paragraphs } from '../../../../lib/extract/pdf/paragraphs';
import { pdfTitle } from '../../../../lib/extract/pdf/pdf-title';
import { pathSegments, type Matrix } from '../../../../lib/extract/pdf/path-segments';
import type { PdfSegment } from '../../../../lib/extract/pdf/pdf-content';
import { rulingGrids } from '../../../../lib/extract/pdf/ruling-grid';
import { textLines } from '../../../../lib/extract/pdf/text-lines';

const FLIP: Matrix = [1, 0, 0, -1, 0, 842]; // the y-down matrix WPS puts first in every page
const rect = (x: number, y: number, w: number, h: number) => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];

describe('pathSegments', () => {
  it('should map a stroked line through the page matrix into PDF space', () => {
    expect(pathSegments([0, 70, 100, 1, 520, 100], FLIP, 'stroke')).toEqual([{ x1: 70, y1: 742, x2: 520, y2: 742 }]);
  });

  it('should take a thin filled bar as a rule and ignore a shaded cell', () => {
    expect(pathSegments(rect(70, 100, 450, 0.5), FLIP, 'fill')).toEqual([{ x1: 70, y1: 741.75, x2: 520, y2: 741.75 }]);
    expect(pathSegments(rect(70, 100, 450, 30), FLIP, 'fill')).toEqual([]);
  });

  it('should take a cell clip box as its four edges, but not the page-sized clip', () => {
    expect(pathSegments(rect(70, 100, 100, 30), FLIP, 'clip')).toHaveLength(4);
    expect(pathSegments(rect(0, 0, 595, 842), FLIP, 'clip', (r) => r.x2 - r.x1 > 500 && r.y2 - r.y1 > 400)).toEqual([]);
  });

  it('should ignore diagonal strokes (a slashed header cell is not a ruling line)', () => {
    expect(pathSegments([0, 70, 100, 1, 170, 140], FLIP, 'stroke')).toEqual([]);
  });
});

/** A drawn grid: `cols` x positions, `rows` y positions (top first), with the inner lines listed in `skip` left out. */
function grid(xs: number[], ys: number[], skip: (s: PdfSegment) => boolean = () => false): PdfSegment[] {
  const h = ys.flatMap((y) => xs.slice(0, -1).map((x, i) => ({ x1: x, y1: y, x2: xs[i + 1]!, y2: y })));
  const v = xs.flatMap((x) => ys.slice(0, -1).map((y, i) => ({ x1: x, y1: ys[i + 1]!, x2: x, y2: y })));
  return [...h, ...v].filter((s) => !skip(s));
}

describe('rulingGrids and gridRegions', () => {
  it('should find one table and read a rowspan and a colspan from the missing lines', () => {
    // 3 columns × 3 rows; the first column's cells of rows 2–3 are one cell, and row 1's columns 2–3 are one
    const segs = grid(
      [0, 100, 200, 300],
      [300, 200, 100, 0],
      (s) => (s.y1 === 100 && s.y2 === 100 && s.x1 === 0) || (s.x1 === 200 && s.x2 === 200 && s.y2 === 300),
    );
    const [g, ...rest] = rulingGrids(segs);
    expect(rest).toEqual([]);
    expect(g!.xs).toEqual([0, 100, 200, 300]);
    expect(g!.ys).toEqual([300, 200, 100, 0]);
    expect(gridRegions(g!)).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 2, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 2, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('should merge a border drawn twice 2 pt apart, and keep two separate tables apart', () => {
    const twice = [...grid([0, 100, 200], [100, 50, 0]), { x1: 2, y1: 0, x2: 2, y2: 100 }];
    const other = grid([0, 100, 200], [400, 350, 300]);
    const grids = rulingGrids([...twice, ...other]);
    expect(grids.map((g) => g.ys[0])).toEqual([400, 100]);
    // x = 0 (twice) and x = 2 are one line, at their mean
    expect(grids[1]!.xs).toEqual([2 / 3, 100, 200]);
  });
});

const cell = (x1: number, x2: number, r1: number, r2: number, text: string, page = 1): PdfCell => ({
  x1,
  x2,
  r1,
  r2,
  text,
  boxes: [{ page, x: x1, y: 0, w: x2 - x1, h: 10 }],
});
const part = (page: number, rows: number, cells: PdfCell[], ends = true, starts = true): PdfPageTable & { endsPage: boolean; startsPage: boolean } => ({
  page,
  top: 700,
  bottom: 60,
  rows,
  cells,
  endsPage: ends,
  startsPage: starts,
});

describe('joinTables', () => {
  it('should join a table over a page break and rebuild a cell cut by it ("（四）无" | "法提供")', () => {
    const p1 = part(1, 2, [
      cell(0, 50, 0, 1, '三、本年度'),
      cell(50, 100, 0, 0, '（三）不予公开'),
      cell(100, 200, 0, 0, '1'),
      cell(50, 100, 1, 1, '（四）无'),
      cell(100, 200, 1, 1, '746'),
    ]);
    const p2 = part(2, 2, [cell(0, 50, 0, 1, '办理结果', 2), cell(50, 100, 0, 1, '法提供', 2), cell(100, 200, 0, 0, '11', 2), cell(100, 200, 1, 1, '1', 2)]);
    const [t, ...rest] = joinTables([p1, p2]);
    expect(rest).toEqual([]);
    expect(t!.rows).toBe(4);
    const byText = (s: string) => t!.cells.find((c) => c.text === s)!;
    expect(byText('三、本年度办理结果')).toMatchObject({ r1: 0, r2: 3 });
    expect(byText('（四）无法提供')).toMatchObject({ r1: 1, r2: 3 });
    expect(byText('（四）无法提供').boxes.map((b) => b.page)).toEqual([1, 2]);
    expect(byText('11')).toMatchObject({ r1: 2, r2: 2 });
  });

  it('should not join a new numbered label to the cell above it, nor tables with text between them', () => {
    const p1 = part(1, 1, [cell(0, 50, 0, 0, '（三）不予公开'), cell(50, 100, 0, 0, '1')]);
    const p2 = part(2, 2, [cell(0, 50, 0, 1, '（四）无法提供', 2), cell(50, 100, 0, 0, '2', 2), cell(50, 100, 1, 1, '3', 2)]);
    expect(joinTables([p1, p2])[0]!.cells.map((c) => c.text)).toEqual(['（三）不予公开', '1', '（四）无法提供', '2', '3']);
    expect(joinTables([{ ...p1, endsPage: false }, p2])).toHaveLength(2);
  });

  it('should number columns on the lines of the whole table', () => {
    const t = toRawTable({ rows: 1, cells: [cell(0, 100, 0, 0, 'a'), cell(100, 300, 0, 0, 'b')] }, 0);
    expect(t.rows[0]!.map((c) => [c.text, c.col, c.colSpan])).toEqual([
      ['a', 0, 1],
      ['b', 1, 1],
    ]);
  });
});

describe('textLines, paragraphs and pdfTitle', () => {
  const run = (str: string, x: number, y: number, h = 16, w = str.length * h) => ({ str, x, y, w, h });

  it('should rebuild a sentence broken over lines and keep digits set in another font on their line', () => {
    const lines = textLines([
      run('全市共受理政府信息公开申请', 74, 572, 16, 361),
      run('3119', 435.1, 571.9, 16, 32),
      run('件，答', 470.4, 572),
      run('复3050件。', 74, 544, 16, 100),
    ]);
    expect(lines.map((l) => l.text)).toEqual(['全市共受理政府信息公开申请3119件，答', '复3050件。']);
    expect(paragraphs([[{ ...lines[0]!, right: 518 }, lines[1]!]])).toEqual(['全市共受理政府信息公开申请3119件，答复3050件。']);
  });

  it('should start a paragraph at an indented line', () => {
    const lines = textLines([run('一、总体情况', 74, 700, 16, 96), run('2024年，我市坚持', 106, 670, 16, 412), run('以人民为中心。', 74, 642, 16, 112)]);
    expect(paragraphs([lines])).toEqual(['一、总体情况', '2024年，我市坚持以人民为中心。']);
  });

  it('should take the largest type on the first page as the title, over two lines', () => {
    const lines = textLines([
      run('- 1 -', 497, 39, 13, 22),
      run('淮安市人民政府', 219, 666, 22),
      run('2024 年政府信息公开工作年度报告', 128, 638, 22),
      run('本报告由…编制。', 106, 554),
    ]);
    expect(pdfTitle(lines)).toBe('淮安市人民政府2024年政府信息公开工作年度报告');
  });
});

describe('loadPdfPages', () => {
  it(`should read no more than MAX_PDF_PAGES pages of a huge PDF, telling its progress`, async () => {
    const { loadPdfPages, MAX_PDF_PAGES } = await import('../../../../lib/extract/pdf/load-pdf-pages');
    let asked = 0;
    const page = {
      getViewport: () => ({ width: 595, height: 842 }),
      getTextContent: async () => ({ items: [] }),
      getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
    };
    const doc = { numPages: 5000, getPage: async () => (asked++, page) };
    const seen: [number, number][] = [];
    const pages = await loadPdfPages(doc, {} as never, (n, of) => seen.push([n, of]));
    expect(pages).toHaveLength(MAX_PDF_PAGES);
    expect(asked).toBe(MAX_PDF_PAGES);
    expect(seen.at(-1)).toEqual([MAX_PDF_PAGES, MAX_PDF_PAGES]);
  });
});

describe('readPdf: title and paragraphs on real-world layouts', () => {
  const run = (str: string, x: number, y: number, h = 16, w = str.length * h) => ({ str, x, y, w, h });
  const page = (items: ReturnType<typeof run>[]) => ({ page: 1, width: 595, height: 842, items, segments: [] });

  it('should find the title below a red header set in larger type', async () => {
    const { readPdf } = await import('../../../../lib/extract/pdf/read-pdf');
    const doc = readPdf([
      page([
        run('某县人民政府办公室文件', 100, 760, 30),
        run('某县2024年政府信息公开', 130, 700, 20),
        run('工作年度报告', 230, 672, 20),
        run('一、总体情况', 74, 600),
      ]),
    ]);
    expect(doc.title).toBe('某县2024年政府信息公开工作年度报告');
  });

  it('should keep a broken sentence whole when one line elsewhere on the page is much wider', async () => {
    const { readPdf } = await import('../../../../lib/extract/pdf/read-pdf');
    const doc = readPdf([
      page([
        run('2024年，全市共受理政府信息公开申请3119件，答', 74, 600, 16, 444),
        run('复3050件。', 74, 572, 16, 80),
        run('网址：http://www.huaian.gov.cn/col/col1234/index.html?uid=5678&pageNum=1', 74, 500, 16, 520),
        run('另一段落的第一行，排满整行的文字内容，排满整行的文字', 106, 472, 16, 412),
        run('第二行。', 74, 444, 16, 64),
      ]),
    ]);
    expect(doc.lines).toContain('2024年，全市共受理政府信息公开申请3119件，答复3050件。');
  });
});
