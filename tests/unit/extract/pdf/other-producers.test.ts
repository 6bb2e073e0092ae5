import { describe, expect, it } from 'vitest';
import { joinTables } from '../../../../lib/extract/pdf/join-tables';
import type { PdfCell, PdfPageTable } from '../../../../lib/extract/pdf/page-tables';
import { pageTables } from '../../../../lib/extract/pdf/page-tables';
import { runningLines } from '../../../../lib/extract/pdf/page-furniture';
import { paragraphs } from '../../../../lib/extract/pdf/paragraphs';
import type { PdfSegment, PdfTextItem } from '../../../../lib/extract/pdf/pdf-content';
import { pdfTitle } from '../../../../lib/extract/pdf/pdf-title';
import { rulingGrids } from '../../../../lib/extract/pdf/ruling-grid';
import { textLines } from '../../../../lib/extract/pdf/text-lines';

/**
 * The layouts of the other producers than WPS, each reduced to the few runs and rules that show it
 * (the whole documents are in tests/integration/pdf-matrix.test.ts): a browser's print header and
 * footer, cells drawn as separate boxes, rows cut by a page break, repeated headers, a site's menus
 * above the title, paragraphs that nothing indents.
 */
const run = (str: string, x: number, y: number, h = 12, w = str.length * h): PdfTextItem => ({ str, x, y, w, h });
const cell = (x1: number, x2: number, r1: number, r2: number, text: string, page = 1): PdfCell => ({
  x1,
  x2,
  r1,
  r2,
  text,
  boxes: [{ page, x: x1, y: 0, w: x2 - x1, h: 10 }],
});
const part = (page: number, rows: number, cells: PdfCell[]): PdfPageTable & { endsPage: boolean; startsPage: boolean } => ({
  page,
  top: 700,
  bottom: 60,
  rows,
  cells,
  endsPage: true,
  startsPage: true,
});
/** A box drawn as four edges. */
const box = (x1: number, y1: number, x2: number, y2: number): PdfSegment[] => [
  { x1, y1, x2, y2: y1 },
  { x1, y1: y2, x2, y2 },
  { x1, y1, x2: x1, y2 },
  { x1: x2, y1, x2, y2 },
];

describe('runningLines: a browser’s print header and footer', () => {
  it('should drop the date and title above each page and the URL and n/N below, and keep the text near them', () => {
    const pages = [1, 2, 3].map((n) => ({
      height: 842,
      lines: textLines([
        run('12/6/26, 11:05 AM', 24, 820, 8, 74),
        run('某局2023年政府信息公开年度报告_某区人民政府', 150, 820, 8, 200),
        run('http://www.example-portal.gov.cn/t2024_1.html', 24, 17, 8, 200),
        run(`${n}/3`, 559, 17, 8, 13),
        run(['某局2023年政府信息公开年度报告', '（二）部分公开的情形', '四、结转下年度继续办理'][n - 1]!, 34, 790),
      ]),
    }));
    const dropped = runningLines(pages);
    const kept = pages.map((p) => p.lines.filter((l) => !dropped.has(l)).map((l) => l.text));
    expect(kept).toEqual([['某局2023年政府信息公开年度报告'], ['（二）部分公开的情形'], ['四、结转下年度继续办理']]);
  });

  it('should drop a lone page number even on a single page, but not the report’s own date in words', () => {
    const lines = textLines([run('- 1 -', 290, 30, 10, 30), run('2024年1月26日', 400, 60)]);
    const dropped = runningLines([{ height: 842, lines }]);
    expect(lines.filter((l) => !dropped.has(l)).map((l) => l.text)).toEqual(['2024年1月26日']);
  });
});

describe('pageTables: cells drawn as separate boxes (a browser’s border=1 with cell spacing)', () => {
  it('should read neighbours’ borders 2.3 pt apart as one rule, and cut a run pdf.js joined across cells', () => {
    // two rows of three cells, each cell its own box, 2.3 pt between neighbours; the table's own frame around them
    const xs = [
      [36.4, 122.6],
      [124.9, 200],
      [202.3, 300],
    ];
    const ys = [
      [772.8, 814.8],
      [728.5, 770.5],
    ];
    const segments = [...box(34.1, 726, 302.6, 817.4), ...ys.flatMap(([y1, y2]) => xs.flatMap(([x1, x2]) => box(x1!, y1!, x2!, y2!)))];
    const items = [
      run('信息内容', 40, 788),
      run('商业企业 科研机构', 140, 788, 12, 150),
      run('规章', 40, 744),
      run('3', 160, 744, 12, 6),
      run('1', 250, 744, 12, 6),
    ];
    const { tables, rest } = pageTables({ page: 1, width: 595, height: 842, items, segments });
    expect(rest).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows).toBe(2);
    expect(tables[0]!.cells.map((c) => [c.r1, c.text])).toEqual([
      [0, '信息内容'],
      [0, '商业企业'],
      [0, '科研机构'],
      [1, '规章'],
      [1, '3'],
      [1, '1'],
    ]);
  });
});

describe('rulingGrids: a column a page break cut open on both sides', () => {
  it('should take the side rules that run along the table part as its first column, but not a rule down the margin', () => {
    // rows of cells from x = 112 on; the tall first column (34–110) is drawn by its two side rules alone
    const rows = [800, 760, 720, 680].flatMap((y) => [{ x1: 112, y1: y, x2: 300, y2: y }]);
    const sides = [112, 200, 300].map((x) => ({ x1: x, y1: 660, x2: x, y2: 815 }));
    const cut = [34, 110].map((x) => ({ x1: x, y1: 660, x2: x, y2: 815 }));
    const margin = { x1: 20, y1: 30, x2: 20, y2: 830 };
    const [g] = rulingGrids([...rows, ...sides, ...cut, margin]);
    expect(g!.xs).toEqual([34, 111, 200, 300]);
  });
});

describe('joinTables: a table over a page break as Word, LibreOffice and browsers print it', () => {
  it('should join a row cut in two by the break back into one (its figures in the upper half)', () => {
    const p1 = part(1, 2, [
      cell(0, 50, 0, 1, '（三）不予公开'),
      cell(50, 100, 0, 0, '4.保护第三方合法权益'),
      cell(100, 150, 0, 0, '0'),
      cell(50, 100, 1, 1, '5.属于三类内'),
      cell(100, 150, 1, 1, '3'),
    ]);
    const p2 = part(2, 2, [
      cell(0, 50, 0, 1, '', 2),
      cell(50, 100, 0, 0, '部事务信息', 2),
      cell(100, 150, 0, 0, '', 2),
      cell(50, 100, 1, 1, '6.属于四类过程性信息', 2),
      cell(100, 150, 1, 1, '0', 2),
    ]);
    const [t, ...rest] = joinTables([p1, p2]);
    expect(rest).toEqual([]);
    expect(t!.rows).toBe(3);
    expect(t!.cells.map((c) => [c.r1, c.r2, c.text])).toEqual([
      [0, 2, '（三）不予公开'],
      [0, 0, '4.保护第三方合法权益'],
      [0, 0, '0'],
      [1, 1, '5.属于三类内部事务信息'],
      [1, 1, '3'],
      [2, 2, '6.属于四类过程性信息'],
      [2, 2, '0'],
    ]);
  });

  it('should never join two figures, even where a stray rule makes the lower cell seem two rows tall', () => {
    const p1 = part(1, 1, [cell(0, 100, 0, 0, '2.没有现成信息需要另行制作'), cell(100, 150, 0, 0, '44')]);
    const p2 = part(2, 2, [cell(0, 100, 0, 1, '3.补正后申请内容仍不明确', 2), cell(100, 150, 0, 1, '25', 2)]);
    const [t] = joinTables([p1, p2]);
    expect(t!.cells.map((c) => c.text)).toEqual(['2.没有现成信息需要另行制作', '44', '3.补正后申请内容仍不明确', '25']);
  });

  it('should rebuild a two-row header cell the break cut in two (自然 | 人) beside the sub-headers of the next row', () => {
    const p1 = part(1, 1, [cell(0, 40, 0, 0, '自然'), cell(40, 140, 0, 0, '法人或其他组织'), cell(140, 170, 0, 0, '总')]);
    const p2 = part(2, 2, [
      cell(0, 40, 0, 0, '人', 2),
      cell(40, 90, 0, 0, '商业企业', 2),
      cell(90, 140, 0, 0, '其他', 2),
      cell(140, 170, 0, 0, '计', 2),
      ...[0, 40, 90, 140].map((x, i) => cell(x, [40, 90, 140, 170][i]!, 1, 1, '0', 2)),
    ]);
    const [t] = joinTables([p1, p2]);
    expect(t!.cells.filter((c) => c.r1 === 0).map((c) => [c.text, c.r2])).toEqual([
      ['自然人', 1],
      ['法人或其他组织', 0],
      ['总计', 1],
    ]);
    // rows of the same widths are rows: 信息内容 over 规章 is not one label
    const q1 = part(1, 1, [cell(0, 100, 0, 0, '信息内容'), cell(100, 150, 0, 0, '本年制发件数')]);
    const q2 = part(2, 1, [cell(0, 100, 0, 0, '规章', 2), cell(100, 150, 0, 0, '0', 2)]);
    expect(joinTables([q1, q2])[0]!.cells.map((c) => c.text)).toEqual(['信息内容', '本年制发件数', '规章', '0']);
  });

  it('should drop the header rows a browser prints again at the top of the next page', () => {
    const header = (page: number) => [cell(0, 100, 0, 0, '信息内容', page), cell(100, 150, 0, 0, '本年制发件数', page)];
    const p1 = part(1, 2, [...header(1), cell(0, 100, 1, 1, '规章'), cell(100, 150, 1, 1, '0')]);
    const p2 = part(2, 2, [...header(2), cell(0, 100, 1, 1, '行政规范性文件', 2), cell(100, 150, 1, 1, '2', 2)]);
    const [t] = joinTables([p1, p2]);
    expect(t!.rows).toBe(3);
    expect(t!.cells.map((c) => c.text)).toEqual(['信息内容', '本年制发件数', '规章', '0', '行政规范性文件', '2']);
  });

  it('should join a part that starts one column in (a tall first column left undrawn) when it keeps the frame', () => {
    const p1 = part(1, 1, [
      cell(0, 50, 0, 0, '三、本年度办理结果'),
      cell(50, 100, 0, 0, '（一）予以公开'),
      cell(100, 150, 0, 0, '0'),
      cell(150, 200, 0, 0, '1'),
    ]);
    const p2 = part(2, 1, [cell(50, 100, 0, 0, '（二）部分公开', 2), cell(100, 150, 0, 0, '0', 2), cell(150, 200, 0, 0, '2', 2)]);
    expect(joinTables([p1, p2])).toHaveLength(1);
    // a table of another frame is another table
    const other = part(2, 1, [cell(50, 120, 0, 0, '行政复议', 2), cell(120, 180, 0, 0, '0', 2)]);
    expect(joinTables([p1, other])).toHaveLength(2);
  });
});

describe('the title and paragraphs of a portal page saved as PDF', () => {
  it('should pass over the site’s banner and menus, however large, for the article’s title', () => {
    const lines = textLines([
      run('国务院 省政府 省人大 省政协 移动版', 40, 800, 24),
      run('首页 政务公开 政府信息公开年报', 40, 760, 14),
      run('平潭综合实验区社会事业局2023年政府信息公开', 40, 700, 20),
      run('工作年度报告', 200, 672, 20),
      run('根据《中华人民共和国政府信息公开条例》编制本报告。', 40, 620),
    ]);
    expect(pdfTitle(lines)).toBe('平潭综合实验区社会事业局2023年政府信息公开工作年度报告');
  });

  it('should not take a menu line set in the title’s type as part of the title', () => {
    const lines = textLines([run('政府信息公开年报', 40, 760, 20), run('某局2023年政府信息公开工作年度报告', 40, 730, 20)]);
    expect(pdfTitle(lines)).toBe('某局2023年政府信息公开工作年度报告');
  });

  it('should find the right edge of a ragged page whose line ends all differ (平潭社会事业局 2023 printed by Chromium)', () => {
    // the last page as Chromium prints it (x, right and y as pdf.js gave them): ten lines, no two ending at
    // the same x; the edge was taken as the shortest line's end and 五's heading ran into its first item
    const at = (str: string, x: number, right: number, y: number) => run(str, x, y, 12, right - x);
    const lines = textLines([
      at('四、政府信息公开行政法复议、行政诉讼情况', 30, 270, 498.6),
      at('五、存在的主要问题及改进情况', 30, 198, 209.1),
      at('（一）存在问题：2023年，我局政府信息公开工作取得一定成效，但还存在一些不足，主要表现在：1.政', 30, 579, 181.4),
      at('策解读比例较低，形式较为单一；2.调查征集结果反馈内容不规范。', 6, 363, 165.6),
      at('（二）改进措施：1.每篇政策解读要求配套文字解读和图解并要求同步发布，丰富政策解读的形式和', 30, 567, 137.9),
      at('载体；2.规范调查征集结果反馈内容，做到有征集必有反馈，提高公众参与的积极性和政府的公信力', 6, 582, 122.1),
      at('和透明度，持续推进政府信息公开工作。', 6, 426, 106.3),
      at('六、其他需要报告的事项', 30, 162, 78.8),
      at('2023年度我局未产生信息公开处理费。', 30, 234, 51.1),
      at('平潭综合实验区社会事业局 2024年1月20日 http://www.pingtan.gov.cn/', 6, 590, 23.4),
    ]);
    const got = paragraphs([lines]);
    expect(got).toContain('五、存在的主要问题及改进情况');
    expect(got).toContain('六、其他需要报告的事项');
    // a full line ending short of the longest by less than a character and a half runs on
    expect(got).toContain(
      '（二）改进措施：1.每篇政策解读要求配套文字解读和图解并要求同步发布，丰富政策解读的形式和载体；2.规范调查征集结果反馈内容，做到有征集必有反馈，提高公众参与的积极性和政府的公信力和透明度，持续推进政府信息公开工作。',
    );
  });

  it('should open a paragraph at a heading that follows a full line ending a sentence, and where space stands above a line', () => {
    const lines = textLines([
      run('存在的问题：一是重点领域信息公开有待进一步深化，二是解读形式不够丰富。', 57, 500, 12, 480),
      run('六、其他需要报告的事项', 57, 481.3, 12, 132),
      run('本年度收取信息处理费情况为：发出收费通知的件数为4件，总金额为50990元，实际', 57, 462.6, 12, 480),
      run('收取的总金额为930元。', 57, 443.9, 12, 132),
      run('北京市通州区人民政府网站网址为http://www.bjtzh.gov.cn/，如需了解更多政府信', 57, 418.3, 12, 480),
      run('息，请登录查询。', 57, 399.6, 12, 96),
    ]);
    expect(paragraphs([lines])).toEqual([
      '存在的问题：一是重点领域信息公开有待进一步深化，二是解读形式不够丰富。',
      '六、其他需要报告的事项',
      '本年度收取信息处理费情况为：发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元。',
      '北京市通州区人民政府网站网址为http://www.bjtzh.gov.cn/，如需了解更多政府信息，请登录查询。',
    ]);
  });
});
