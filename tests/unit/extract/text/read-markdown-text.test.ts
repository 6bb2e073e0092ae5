import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownItems } from '../../../../lib/extract/text/markdown-items';
import { readMarkdownText } from '../../../../lib/extract/text/read-markdown-text';
import { rowShape, soleWindow, valueWindows } from '../../../../lib/extract/text/markdown-row-shape';
import { REQUEST_COLUMNS, REVIEW_COLUMNS, REVIEW_GROUPS, type RequestRow, requestRows } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';
import { renderFinding } from '../../../../lib/report/render-finding';

/**
 * Converter Markdown read by its structure, one layout at a time, on small hand-written tables: what is
 * tied to its row and column one way only is read; anything else is left unread and listed, never shifted.
 */

/** Labels as the template prints them, a category's items as two cells (（三） | 1.属于国家秘密). */
function labels(row: RequestRow): [string, string] {
  const special: Partial<Record<RequestRow, [string, string]>> = {
    newReceived: ['一、本年新收政府信息公开申请数量', ''],
    carriedOver: ['二、上年结转政府信息公开申请数量', ''],
    granted: ['三、本年度办理结果', '（一）予以公开'],
    partial: ['', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    totalProcessed: ['', '（七）总计'],
    carriedForward: ['四、结转下年度继续办理', ''],
  };
  if (special[row]) return special[row]!;
  const category = row.split('.')[0]!;
  const numbers: Record<string, string> = { denied: '（三）', unable: '（四）', notProcessed: '（五）', other: '（六）' };
  const items: Record<string, string[]> = {
    denied: [
      '属于国家秘密',
      '其他法律行政法规禁止公开',
      '危及“三安全一稳定”',
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于四类过程性信息',
      '属于行政执法案卷',
      '属于行政查询事项',
    ],
    unable: ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'],
    notProcessed: ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'],
    other: ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'],
  };
  const keys = requestRows('2021').filter((r) => r.startsWith(`${category}.`));
  const n = keys.indexOf(row);
  return [numbers[category]!, `${n + 1}.${items[category]![n]}`];
}

/** A consistent report: 3 received (2 自然人, 1 商业企业) and 1 carried over, 3 granted and 1 partly, none carried forward. */
const FIGURES: Partial<Record<RequestRow, number[]>> = {
  newReceived: [2, 1, 0, 0, 0, 0, 3],
  carriedOver: [1, 0, 0, 0, 0, 0, 1],
  granted: [2, 1, 0, 0, 0, 0, 3],
  partial: [1, 0, 0, 0, 0, 0, 1],
  totalProcessed: [3, 1, 0, 0, 0, 0, 4],
};
const figures = (row: RequestRow) => (FIGURES[row] ?? [0, 0, 0, 0, 0, 0, 0]).map(String);
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => line(Array.from({ length: n }, () => '---'));
const HEADER = ['', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

/** Table 三 as one pipe table, each row printed by `print` (default: its two label cells and its seven figures). */
function tableThree(print: (row: RequestRow) => string[] | null = (r) => [line([...labels(r), ...figures(r)])], header = [line(HEADER), rule(9)]): string {
  return ['三、收到和处理政府信息公开申请情况', ...header, ...requestRows('2021').flatMap((r) => print(r) ?? [])].join('\n');
}

/** The cells read, row by row, in column order: a number, `blank` for a blank, `unread` for a figure not read, `-` for no cell. */
function read(md: string, rows: readonly RequestRow[] = requestRows('2021')) {
  const { report } = checkText(md, 'test.md');
  const unread = report.findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells);
  const out: Record<string, (number | string)[]> = {};
  for (const r of rows)
    out[r] = REQUEST_COLUMNS.map((c) => {
      const cell = report.tables.requests?.[r]?.[c];
      return !cell ? '-' : cell.value !== null ? cell.value : unread.includes(`requests.${r}.${c}`) ? 'unread' : 'blank';
    });
  return { rows: out, unread, rules: report.findings.map((f) => f.rule), findings: report.findings };
}
const expected = (rows: readonly RequestRow[] = requestRows('2021')) => Object.fromEntries(rows.map((r) => [r, figures(r).map(Number)]));
const UNREAD = REQUEST_COLUMNS.map(() => 'unread');

describe('converter Markdown: table 三 by its structure (readMarkdownText)', () => {
  it('should read the plain layout cell for cell, with no note about the columns', () => {
    const got = read(tableThree());
    expect(got.rows).toEqual(expected());
    expect(got.rules).not.toContain('columns-by-position');
  });

  it('should tie 7 figures under a 9-cell header of fragments, with an empty trailing cell, to their own columns (自然人 32, not 2)', () => {
    const md = [
      '三、收到和处理政府信息公开申请情况',
      line(['业', '构', '益组织', '务机构', '', '', '', '', '']),
      rule(9),
      line(['一、本年新收政府信息公开申请数量', '32', '2', '0', '0', '0', '0', '34', '']),
      line(['二、上年结转政府信息公开申请数量', '2', '0', '0', '0', '0', '0', '2', '']),
      line(['三、', '（一）予以公开', '9', '0', '0', '0', '0', '0', '9']),
      line(['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0', '']),
    ].join('\n');
    const got = read(md, ['newReceived', 'carriedOver', 'granted', 'carriedForward']);
    expect(got.rows).toEqual({
      newReceived: [32, 2, 0, 0, 0, 0, 34],
      carriedOver: [2, 0, 0, 0, 0, 0, 2],
      granted: [9, 0, 0, 0, 0, 0, 9],
      // six figures and one empty cell for seven columns: the empty cell is 总计, printed blank
      carriedForward: [1, 0, 0, 0, 0, 0, 'blank'],
    });
    // the fragments name no column against the template's order: the columns are the template's, and a note says so
    expect(got.rules).toContain('columns-by-position');
  });

  it('should not read a row whose empty cell could be its first or its last column, and list it', () => {
    const md = tableThree((r) => [line(r === 'carriedOver' ? [...labels(r), '', '1', '0', '0', '0', '0', '1', ''] : [...labels(r), ...figures(r)])]);
    const got = read(md);
    expect(got.rows.carriedOver).toEqual(UNREAD);
    expect(got.rows.newReceived).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(got.unread).toEqual(REQUEST_COLUMNS.map((c) => `requests.carriedOver.${c}`));
    expect(renderFinding(got.findings.find((f) => f.rule === 'cells-unread')!)).toContain(
      '二、上年结转政府信息公开申请数量：“二、上年结转政府信息公开申请数量|□|□|1|0|0|0|0|1|□”的数字可按 2 种位置对应到 7 列',
    );
  });

  it('should settle where an empty cell stands by the rows of the same width in the same table, when they all agree', () => {
    // every row padded to 10 cells with one empty cell before the figures: the blank is 总计
    const pad = (r: RequestRow, values: string[]) => [line([...labels(r), '', ...values])];
    const md = tableThree(
      (r) => pad(r, r === 'carriedForward' ? ['1', '0', '0', '0', '0', '0', ''] : figures(r)),
      [line(['', '', '', ...HEADER.slice(2)]), rule(10)],
    );
    expect(read(md, ['carriedForward']).rows.carriedForward).toEqual([1, 0, 0, 0, 0, 0, 'blank']);
  });

  it.each([
    ['Col1 … Col9', [line(Array.from({ length: 9 }, (_, i) => `Col${i + 1}`)), rule(9)]],
    ['an empty header row', [line(Array.from({ length: 9 }, () => '')), rule(9)]],
    ['数据1 … 数据6, 总计', [line(['类别', '', '数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '总计']), rule(9)]],
  ])('should read the columns in the template’s order under a placeholder header (%s), and say so', (_, header) => {
    const got = read(tableThree(undefined, header));
    expect(got.rows).toEqual(expected());
    expect(got.rules).toContain('columns-by-position');
  });

  const legend = (names: string[]) => [
    `### 申请人情况 (${names[0]})`,
    '### 申请人情况 (法人或其他组织)',
    line(names.slice(1, 6)),
    rule(5),
    `### 申请人情况 (${names[6]})`,
  ];

  it('should read in the template’s order columns a legend of headings and a small table names in that order (沭阳县 2025)', () => {
    const got = read(tableThree(undefined, legend(['自然人', '商业企业', '科研机构', '社会公益', '法律服务机构', '其他', '总计'])));
    expect(got.rows).toEqual(expected());
    expect(got.rules).toContain('columns-by-position');
  });

  it('should read nothing when such a legend names the columns in another order (it is no grid to read them by)', () => {
    const got = read(tableThree(undefined, legend(['商业企业', '自然人', '科研机构', '社会公益', '法律服务机构', '其他', '总计'])));
    expect(Object.values(got.rows).every((cells) => cells.every((c) => c === 'unread' || c === '-'))).toBe(true);
  });

  it('should read a header printed line by line (自然人总计 over the five 法人 columns) in the template’s order', () => {
    const got = read(tableThree(undefined, ['申请人情况', '自然人总计', '商业企业科研机构社会公益组织法律服务机构其他', line(HEADER.map(() => '')), rule(9)]));
    expect(got.rows).toEqual(expected());
  });

  it('should read nothing under a line of text naming the five 法人 columns before 自然人 (not the template’s order)', () => {
    // the same header line by line, but one line names its columns out of order: no order to read them by
    const got = read(tableThree(undefined, ['申请人情况', '商业企业科研机构社会公益组织法律服务机构其他自然人总计', line(HEADER.map(() => '')), rule(9)]));
    expect(Object.values(got.rows).every((cells) => cells.every((c) => c === 'unread' || c === '-'))).toBe(true);
    expect(renderFinding(got.findings.find((f) => f.rule === 'cells-unread')!)).toContain('与模板列序不符');
    // and no note that its columns were read in the template's order: none was read
    expect(got.findings.filter((f) => f.rule === 'columns-by-position')).toEqual([]);
  });

  it('should read nothing under pipe rows naming 自然人 and 总计 before the five, without the 法人 group between', () => {
    const got = read(
      tableThree(undefined, [
        line(['', '', '自然人', '总计']),
        rule(4),
        line(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']),
      ]),
    );
    expect(Object.values(got.rows).every((cells) => cells.every((c) => c === 'unread' || c === '-'))).toBe(true);
  });

  it('should read columns printed in another order by their header', () => {
    const order = [6, 0, 1, 2, 3, 4, 5]; // 总计 first
    const md = tableThree((r) => [line([...labels(r), ...order.map((i) => figures(r)[i]!)])], [line(['', '', ...order.map((i) => HEADER[i + 2]!)]), rule(9)]);
    expect(read(md).rows).toEqual(expected());
  });

  it('should read nothing under a header naming columns against the template’s order that cannot be read whole', () => {
    const got = read(tableThree(undefined, [line(['项目', '', '商业', '自然人', '', '', '', '', '']), rule(9)]));
    expect(Object.values(got.rows).every((cells) => cells.every((c) => c === 'unread' || c === '-'))).toBe(true);
    expect(renderFinding(got.findings.find((f) => f.rule === 'cells-unread')!)).toContain('表头所列各列（商业企业、自然人）与模板列序不符');
  });

  it('should join a row broken over two lines inside a cell', () => {
    const md = tableThree((r) =>
      r === 'notProcessed.confirm' ? ['|  | 5.要求行政机关确认或重新出', '具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'] : [line([...labels(r), ...figures(r)])],
    );
    expect(read(md).rows).toEqual(expected());
  });

  it('should join a row whose figures the converter continued in the next pipe table', () => {
    const md = tableThree((r) =>
      r === 'totalProcessed' ? [line(['', '（七）总计', '3', '1', '0']), rule(5), line(['0', '0', '0', '4']), rule(4)] : [line([...labels(r), ...figures(r)])],
    );
    expect(read(md, ['totalProcessed']).rows.totalProcessed).toEqual([3, 1, 0, 0, 0, 0, 4]);
  });

  it('should tie rows whose labels the converter moved out of the table by their place between labelled rows', () => {
    // as 上海市科委 2024: the figures of （二）, （三）2 and （四）1–3 without labels, the labels as loose lines elsewhere
    const moved: RequestRow[] = ['partial', 'denied.lawForbidden', 'unable.notHeld', 'unable.needCreate', 'unable.unclear'];
    const md = tableThree((r) =>
      moved.includes(r) ? [line(figures(r)), rule(7), '', r === 'partial' ? '（二）部分公开（区分处理的，只' : '度办'] : [line([...labels(r), ...figures(r)])],
    );
    expect(read(md).rows).toEqual(expected());
  });

  it('should read none of the unlabelled rows between two labelled rows when they are not as many as the rows missing there', () => {
    const md = tableThree((r) =>
      r === 'unable.needCreate'
        ? [line(figures(r)), line(['0', '0', '0', '0', '0', '0', '0'])]
        : r.startsWith('unable.')
          ? [line(figures(r))]
          : [line([...labels(r), ...figures(r)])],
    );
    const got = read(md, ['denied.queryMatter', 'unable.notHeld', 'unable.needCreate', 'unable.unclear', 'notProcessed.petition']);
    expect(got.rows).toEqual({
      'denied.queryMatter': [0, 0, 0, 0, 0, 0, 0],
      'unable.notHeld': UNREAD,
      'unable.needCreate': UNREAD,
      'unable.unclear': UNREAD,
      'notProcessed.petition': [0, 0, 0, 0, 0, 0, 0],
    });
    expect(renderFinding(got.findings.find((f) => f.rule === 'cells-unread')!)).toContain(
      '（三）8.属于行政查询事项与（五）1.信访举报投诉类申请之间印有 4 行数字',
    );
  });

  it('should read neither of two rows printing the same label', () => {
    const md = tableThree((r) =>
      r === 'denied.thirdParty'
        ? [line([...labels(r), ...figures(r)]), line([...labels(r), '1', '0', '0', '0', '0', '0', '1'])]
        : [line([...labels(r), ...figures(r)])],
    );
    expect(read(md, ['denied.thirdParty']).rows['denied.thirdParty']).toEqual(UNREAD);
  });

  it('should not read a row where a figure stands before its label', () => {
    const md = tableThree((r) => [
      line(r === 'denied.processInfo' ? ['（三）', '0', '6.属于四类过程性信息', '0', '0', '0', '0', '0', '0'] : [...labels(r), ...figures(r)]),
    ]);
    expect(read(md, ['denied.processInfo']).rows['denied.processInfo']).toEqual(UNREAD);
  });

  it('should not read a row of eight figures for seven columns (a figure is never dropped)', () => {
    const md = tableThree((r) => [line(r === 'granted' ? [...labels(r), '2', '1', '0', '0', '0', '0', '3', '5'] : [...labels(r), ...figures(r)])]);
    expect(read(md, ['granted']).rows.granted).toEqual(UNREAD);
  });

  it('should read a single （六）其他处理 row (the 2019 template) as the row `other`', () => {
    const md = tableThree((r) =>
      r === 'other.overdueCorrection'
        ? [line(['', '（六）其他处理', '1', '0', '0', '0', '0', '0', '1'])]
        : r.startsWith('other.')
          ? null
          : [line([...labels(r), ...figures(r)])],
    );
    const { report } = checkText(md, 'test.md');
    expect(REQUEST_COLUMNS.map((c) => report.tables.requests?.other?.[c]?.value)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(Object.keys(report.tables.requests ?? {}).filter((k) => k.startsWith('other.'))).toEqual([]);
  });

  it('should keep a single （六）其他处理 row it cannot read in the table as unread cells, not drop it', () => {
    // eight figures for seven columns: the row is found but not read; its cells are listed, not missing
    const md = tableThree((r) =>
      r === 'other.overdueCorrection'
        ? [line(['', '（六）其他处理', '1', '0', '0', '0', '0', '0', '1', '1'])]
        : r.startsWith('other.')
          ? null
          : [line([...labels(r), ...figures(r)])],
    );
    const got = read(md, ['other']);
    expect(got.rows.other).toEqual(UNREAD);
    expect(got.unread).toEqual(REQUEST_COLUMNS.map((c) => `requests.other.${c}`));
  });

  it('should read a category’s subtotal row above its items without taking it for an item', () => {
    const md = tableThree((r) => [
      ...(r === 'denied.stateSecret' ? [line(['', '（三）不予公开', '0', '0', '0', '0', '0', '0', '0'])] : []),
      line([...labels(r), ...figures(r)]),
    ]);
    expect(read(md).rows).toEqual(expected());
  });

  it('should read table 三 split into one pipe table per group, the last block under a wrong header (沭阳县 2025)', () => {
    const groups: RequestRow[][] = [['newReceived'], ['carriedOver'], ['granted'], ['partial'], requestRows('2021').filter((r) => r.startsWith('denied.'))];
    const rest = requestRows('2021').filter((r) => !groups.flat().includes(r));
    const block = (rows: RequestRow[], head = ['类别', '数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '总计']) => [
      '',
      `### ${labels(rows[0]!).join('')}`,
      line(head),
      rule(8),
      ...rows.map((r) => line([labels(r)[1] || labels(r)[0], ...figures(r)])),
    ];
    const md = [
      '## 三、收到和处理政府信息公开申请情况',
      ...groups.flatMap((g) => block(g)),
      ...block(rest, ['项目', '本年新收件数', '上年结转件数', '予以公开', '部分公开', '不予公开', '结转下年度', '总计']),
    ].join('\n');
    expect(read(md).rows).toEqual(expected());
  });
});

describe('converter Markdown: table 四 by its structure', () => {
  const values = [1, 0, 0, 0, 1, 2, 0, 1, 0, 3, 0, 0, 0, 0, 0];
  const review = (md: string) => {
    const { report } = checkText(`${tableThree()}\n${md}`, 'test.md');
    const unread = report.findings.filter((f) => f.rule === 'cells-unread').flatMap((f) => f.cells);
    return REVIEW_GROUPS.flatMap((g) =>
      REVIEW_COLUMNS.map((c) => report.tables.review?.[g]?.[c]?.value ?? (unread.includes(`review.${g}.${c}`) ? 'unread' : '-')),
    );
  };

  it('should read three tables of five, each named by the heading above it', () => {
    const heads = ['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'];
    const md = [
      '## 四、政府信息公开行政复议、行政诉讼情况',
      ...heads.flatMap((h, g) => [
        `### ${h}`,
        line(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']),
        rule(5),
        line(values.slice(g * 5, g * 5 + 5).map(String)),
      ]),
    ];
    expect(review(md.join('\n'))).toEqual(values);
  });

  it('should read one row of 15 figures under a header cut to fragments, in the template’s order', () => {
    const md = [
      '三、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼',
      line(['维持', '纠正', '结果', '审结', '结果', '结果', '其他', '尚未']),
      rule(8),
      line(values.map(String)),
    ];
    expect(review(md.join('\n'))).toEqual(values);
  });

  it('should join a row of 15 figures the converter continued in the next pipe table, and not rows with a blank among them', () => {
    const head = [
      '四、政府信息公开行政复议、行政诉讼情况',
      line(['行政复议', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']),
      rule(8),
    ];
    const split = (a: string[], b: string[]) => [...head, line(a), '', '- 5 -', '', line(b), rule(b.length)].join('\n');
    expect(review(split(values.slice(0, 8).map(String), values.slice(8).map(String)))).toEqual(values);
    expect(review(split(values.slice(0, 8).map(String), ['', ...values.slice(9).map(String)]))).toEqual(values.map(() => 'unread'));
  });

  it('should read 15 figures in 17 cells with an empty cell at each end, and not 14 figures with a blank that could stand at either end', () => {
    const head = ['四、政府信息公开行政复议、行政诉讼情况', line(['行政复议', '结果维持', ...Array.from({ length: 15 }, () => '')]), rule(17)];
    expect(review([...head, line(['', ...values.map(String), ''])].join('\n'))).toEqual(values);
    // the first figure printed blank: the blank is the first cell or the last, which cannot be told
    expect(review([...head, line(['', '', ...values.slice(1).map(String), ''])].join('\n'))).toEqual(values.map(() => 'unread'));
  });
});

describe('parseMarkdownItems and valueWindows', () => {
  it('should mark header rows, number the pipe tables and keep page numbers as filler', () => {
    // `lost`: cells fewer than the widest row of the same pipe table
    expect(parseMarkdownItems('| a | 1 |\n|---|---|\n| b | 2 | 5 |\n\n- 4 -\n\n| c | 3 |\n正文')).toEqual([
      { kind: 'row', cells: ['a', '1'], piece: 0, head: true, lost: 1 },
      { kind: 'row', cells: ['b', '2', '5'], piece: 0, head: false, lost: 0 },
      { kind: 'text', text: '- 4 -', heading: false, filler: true },
      { kind: 'row', cells: ['c', '3'], piece: 1, head: false, lost: 0 },
      { kind: 'text', text: '正文', heading: false, filler: false },
    ]);
  });

  it('should read lines indented by full-width spaces (a Chinese paragraph’s first line) as the same text (seed 003)', () => {
    const md = readFileSync(path.join(import.meta.dirname, '../../../fixtures/markdown/seed-003.md'), 'utf8');
    const indented = md
      .split('\n')
      .map((l) => (l.startsWith('|') || l === '' ? l : `\u3000\u3000${l}\u3000`))
      .join('\n');
    expect(indented).not.toBe(md);
    expect(readMarkdownText(indented)?.lines).toEqual(readMarkdownText(md)?.lines);
  });

  it.each([
    [['一、本年新收', '32', '2', '0', '0', '0', '0', '34', ''], [1]],
    [['四、结转下年度', '1', '0', '0', '0', '0', '0', ''], [1]],
    [
      ['二、上年结转', '', '1', '0', '0', '0', '0', '1', ''],
      [1, 2],
    ],
    [['（三）', '0', '6.属于四类过程性信息', '0', '0', '0', '0', '0', '0'], []],
    [['3.', '其他', '1', '0', '0', '0', '0', '0', '1'], [2]],
  ])('should place 7 columns in %j at %j', (cells, starts) => {
    expect(valueWindows(rowShape(cells), 7)).toEqual(starts);
  });

  it.each([
    // the row's last cell lost: the blank after the label may be 自然人's, or the lost cell 总计's
    [['四、结转', '', '', '122', '4', '0', '0', '0', '0'], 1, [2, 3], undefined],
    [['四、结转', '', '', '122', '4', '0', '0', '0', '0'], 0, [2], 2],
    // seven figures side by side and a lost cell after them: one place still
    [['四、结转', '122', '4', '0', '0', '0', '0', '126'], 2, [1], 1],
    // one place, but it reaches into the lost cells: 总计 is not there
    [['四、结转', '122', '4', '0', '0', '0', '0'], 1, [1], undefined],
  ])('should place 7 columns in %j that lost %i cells at %j, the sole window within its cells %j', (cells, lost, starts, sole) => {
    expect(valueWindows(rowShape(cells), 7, lost)).toEqual(starts);
    expect(soleWindow(rowShape(cells), 7, lost)).toBe(sole);
  });
});

describe('converter Markdown: a category subtotal row on seed 003 (tests/fixtures/markdown/seed-003.md)', () => {
  const SEED_MD = readFileSync(path.join(import.meta.dirname, '../../../fixtures/markdown/seed-003.md'), 'utf8');
  // the category's first item row as printed, and its sums read by hand from the item rows (自然人 … 其他, 总计)
  const CATEGORIES = [
    {
      category: 'unable',
      first: '|  | （四）无法提供 | 1.本机关不掌握相关政府信息 |',
      label: '（四）无法提供',
      sums: [981, 34, 0, 0, 1, 0, 1016], // 931+50+0, 32+2+0, …, 964+52+0
      items: { 'unable.notHeld': [931, 32, 0, 0, 1, 0, 964], 'unable.needCreate': [50, 2, 0, 0, 0, 0, 52], 'unable.unclear': [0, 0, 0, 0, 0, 0, 0] },
    },
    {
      category: 'notProcessed',
      first: '|  | （五）不予处理 | 1.信访举报投诉类申请 |',
      label: '（五）不予处理',
      sums: [351, 2, 0, 0, 0, 0, 353], // 345+6, 2, …, 347+6
      items: { 'notProcessed.petition': [345, 2, 0, 0, 0, 0, 347], 'notProcessed.duplicate': [6, 0, 0, 0, 0, 0, 6] },
    },
  ] as const;
  /** seed 003 with the category's subtotal row (its label, `sums`) printed above its first item */
  const withSubtotal = (first: string, label: string, sums: readonly number[]) => {
    if (!SEED_MD.includes(first)) throw new Error(`${first} not in seed-003.md`);
    return SEED_MD.replace(first, `|  | ${label} |  | ${sums.join(' | ')} |\n${first.replace(label, '')}`);
  };

  it.each(CATEGORIES)(
    'should read the items under a $label subtotal row as printed, and check the subtotal against them',
    ({ category, first, label, sums, items }) => {
      const { report } = checkText(withSubtotal(first, label, sums), 'seed-003.md');
      for (const [row, values] of Object.entries(items)) expect(REQUEST_COLUMNS.map((c) => report.tables.requests?.[row]?.[c]?.value)).toEqual(values);
      expect(report.findings.filter((f) => f.rule === 'cells-unread' || f.rule === 't3-subtotal')).toEqual([]);
      // the subtotal's 自然人 one above its items: the subtotal row was read and tied to its category
      const off = checkText(withSubtotal(first, label, [sums[0]! + 1, ...sums.slice(1)]), 'seed-003.md').report.findings.filter(
        (f) => f.rule === 't3-subtotal',
      );
      expect(off.map((f) => [f.code, f.cells[0], f.expected, f.actual])).toEqual([['sum', `requestSubtotals.${category}.natural`, sums[0], sums[0]! + 1]]);
    },
  );
});

describe('converter Markdown: the narrative around tables 三 and 四 (上海市人民政府办公厅 2025, tests/fixtures/markdown/shanghai-office-2025.md)', () => {
  it('should keep in the narrative the note printed above table 四’s first pipe row (text outside the pipe rows is not the table’s)', () => {
    const md = readFileSync(path.join(import.meta.dirname, '../../../fixtures/markdown/shanghai-office-2025.md'), 'utf8');
    const lines = readMarkdownText(md)?.lines ?? [];
    // the converter set the table's note before its figures: text outside the pipe rows is not the table's
    expect(lines).toContain('注：行政复议、行政诉讼数量含上年度结转数量。');
  });
});

describe('readMarkdownText on real converter Markdown (tests/fixtures/markdown)', () => {
  const DIR = path.join(import.meta.dirname, '../../../fixtures/markdown');
  // each table by its first row's first cells, in the order the file prints them (read from the files)
  it.each([
    ['seed-003.md', '北京市通州区2024年政府信息公开工作年度报告', ['第二十条第（一）项', '', '四、政府信息公开行政复议、行政诉讼情况']],
    [
      'shanghai-office-2025.md',
      '2025年上海市人民政府办公厅政府信息公开工作年度报告',
      ['信息内容', '规章', '行政规范性文件', '一、本年新收政府信息公开申请数量', '四、政府信息公开行政复议、行政诉讼情况'],
    ],
    [
      'shuyang-gov-2025.md',
      '沐阳县人民政府2025年政府信息公开工作年度报告',
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '一、本年新收政府信息公开申请数量', '行政复议'],
    ],
    [
      // a table of its own after table 四 (not 四's, and numbered after it)
      'shuyang-gov-2025.md with 六’s fee printed as a pipe table',
      '沐阳县人民政府2025年政府信息公开工作年度报告',
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '一、本年新收政府信息公开申请数量', '行政复议', '收费件数'],
    ],
  ])('%s: the title %s, and the tables numbered in the order printed', (file, title, firstCells) => {
    const text = readFileSync(path.join(DIR, file.split(' ')[0]!), 'utf8');
    const fee = '收取信息处理费共计380元，其中民政局1件，收取380元。';
    if (!file.endsWith('.md') && !text.includes(fee)) throw new Error('fee sentence not in shuyang-gov-2025.md');
    const doc = readMarkdownText(file.endsWith('.md') ? text : text.replace(fee, `${fee}\n\n| 收费件数 | 收取金额（元） |\n|---|---|\n| 1 | 380 |`));
    expect(doc?.title).toBe(title);
    expect(doc?.tables.map((t) => t.rows[0]?.[0]?.text)).toEqual(firstCells);
    expect(doc?.tables.map((t) => t.index)).toEqual(firstCells.map((_, i) => i));
  });

  it('should read seed 003 cut to open at table 二’s first pipe row (no line above it): its tables as before', () => {
    const text = readFileSync(path.join(DIR, 'seed-003.md'), 'utf8');
    const cut = text.slice(text.indexOf('| 第二十条第（一）项 |'));
    expect(parseMarkdownItems(cut)[0]).toMatchObject({ kind: 'row', cells: ['第二十条第（一）项', '', '', ''] });
    const cells = (md: string) => readMarkdownText(md)?.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)));
    expect(cells(cut)).toEqual(cells(text));
  });
});
