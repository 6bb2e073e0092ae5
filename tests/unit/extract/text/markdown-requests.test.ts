import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownItems } from '../../../../lib/extract/text/markdown-items';
import { SLOT_ORDER } from '../../../../lib/extract/text/markdown-request-slots';
import { readMarkdownRequests } from '../../../../lib/extract/text/markdown-requests';
import { cellKind, rowShape, valueWindows } from '../../../../lib/extract/text/markdown-row-shape';
import { OUTCOME_ROWS_2021, REQUEST_COLUMNS } from '../../../../lib/model/keys';
import { checkText } from '../../../../lib/pipeline';
import { renderFinding } from '../../../../lib/report/render-finding';
import { type CorpusEntry, expectedCells } from '../../../helpers/corpus';

/**
 * Table 三 of real converter Markdown (tests/fixtures/markdown, sources in tests/fixtures/README.md) read by
 * readMarkdownRequests, as printed and after minimal named edits: what it reads, the grid it hands the label
 * mapper, and exactly what it lists as unread and why.
 */
const DIR = path.join(import.meta.dirname, '../../../fixtures/markdown');
const EXPECTED: Record<string, CorpusEntry> = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')).files;
const source = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/** `file` with the text `from` printed as `to` (throws when `from` is not printed there once, so an edit cannot miss). */
function edit(file: string, ...edits: [from: string, to: string][]): string {
  let md = source(file);
  for (const [from, to] of edits) {
    if (md.split(from).length !== 2) throw new Error(`${from} is not printed once in ${file}`);
    md = md.replace(from, to);
  }
  return md;
}

function read(md: string) {
  const items = parseMarkdownItems(md);
  const got = readMarkdownRequests(items);
  if (!got) throw new Error('no table 三 read');
  return { ...got, all: items };
}

/** The grid handed to the label mapper, one line per row: its cells' texts, `?` for a cell left unread. */
const grid = (md: string) => read(md).table.rows.map((r) => r.map((c) => ('unread' in c && c.unread ? '?' : c.text)).join('|'));

/** The cells of table 三 the whole pipeline reads from `md`, row by row, in column order. */
function cells(md: string, rows: readonly string[]) {
  const { report } = checkText(md, 'test.md');
  return Object.fromEntries(rows.map((r) => [r, REQUEST_COLUMNS.map((c) => report.tables.requests?.[r]?.[c]?.value ?? null)]));
}
const paths = (row: string) => REQUEST_COLUMNS.map((c) => `requests.${row}.${c}`);

/** The figure the whole pipeline read at a cell path of 三 (`requests.<row>.<column>`), null where none. */
function requestValue(report: ReturnType<typeof checkText>['report'], cellPath: string): number | null {
  const [, ...rest] = cellPath.split('.');
  const col = rest.pop()!;
  return report.tables.requests?.[rest.join('.')]?.[col]?.value ?? null;
}

describe.each(Object.keys(EXPECTED))('table 三 of the converter Markdown %s as printed', (file) => {
  const md = source(file);

  it('should read every cell of 三 as the hand reading has it, and list nothing as unread', () => {
    const { report } = checkText(md, file);
    const want = expectedCells(EXPECTED[file]!).filter(([p]) => p.startsWith('requests.'));
    expect(want).toHaveLength(175);
    expect(want.filter(([p, v]) => requestValue(report, p) !== v)).toEqual([]);
    expect(read(md).problems).toEqual([]);
  });

  it('should take the items from the section heading 收到和处理 down to the last row before 行政复议', () => {
    const { items, all } = read(md);
    const taken = [...items].sort((a, b) => a - b);
    const first = taken[0]!;
    const last = taken.at(-1)!;
    // one stretch, no gap
    expect(taken).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    const text = (i: number) => {
      const it = all[i]!;
      return it.kind === 'text' ? it.text : it.cells.join('|');
    };
    expect(text(first)).toMatch(/^[二三]、收到和处理政府信息公开申请情况$/);
    expect(text(last)).toMatch(/^四、结转下年度继续办理\|/);
    expect(text(last + 1)).toMatch(/^[三四]、政府信息公开行政复议、行政诉讼情况$/);
  });
});

describe('table 三 of converter Markdown after one named edit: what cannot be tied one way only is listed, never guessed', () => {
  it('should not read 四、结转下年度 of 上海市科委 2024 printed with six cells for seven columns (its empty trailing cell dropped)', () => {
    const md = edit('shanghai-stcsm-2024.md', ['| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |  |', '| 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 |']);
    expect(read(md).problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: {
          code: 'markdown-rows',
          groups: [{ slots: ['四、结转下年度继续办理'], why: { why: 'too-few', printed: '四、结转下年度继续办理|1|0|0|0|0|0', count: 6, width: 7 } }],
        },
        cells: paths('carriedForward'),
      },
    ]);
    expect(grid(md).at(-1)).toBe('四、结转下年度继续办理|?|?|?|?|?|?|?');
    expect(cells(md, ['carriedForward', 'totalProcessed'])).toEqual({
      carriedForward: [null, null, null, null, null, null, null],
      totalProcessed: [33, 2, 0, 0, 0, 0, 35],
    });
  });

  it('should read none of 上海市科委 2024’s unlabelled rows between （五）3 and （六）3 when one of the four is dropped', () => {
    const md = edit('shanghai-stcsm-2024.md', ['| 8 | 2 | 0 | 0 | 0 | 0 | 10 |\n|---|---|---|---|---|---|---|\n', '']);
    const slots = ['notProcessed.massive', 'notProcessed.confirm', 'other.overdueCorrection', 'other.overdueFee'];
    expect(read(md).problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: {
          code: 'markdown-rows',
          groups: [
            {
              slots: [
                '（五）4.无正当理由大量反复申请',
                '（五）5.要求行政机关确认或重新出具已获取信息',
                '（六）1.申请人无正当理由逾期不补正',
                '（六）2.申请人逾期未按收费通知要求缴纳费用',
              ],
              why: { why: 'rows-between', from: '（五）3.要求提供公开出版物', to: '（六）3.其他', printed: Array(3).fill('0|0|0|0|0|0|0'), slots: 4 },
            },
          ],
        },
        cells: slots.flatMap(paths),
      },
    ]);
    // the rows around them are read as printed
    expect(cells(md, ['notProcessed.publication', 'other.other'])).toEqual({
      'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
      'other.other': [4, 0, 0, 0, 0, 0, 4],
    });
  });

  it('should list 一、本年新收 of seed 003 as not found when the converter lost that row (the header names the columns)', () => {
    const md = edit('seed-003.md', ['| 一、本年新收政府信息公开申请数量 |  |  | 2240 | 82 | 2 | 0 | 0 | 7 | 2331 |\n', '']);
    expect(read(md).problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: { code: 'markdown-rows', groups: [{ slots: ['一、本年新收政府信息公开申请数量'], why: { why: 'row-not-found' } }] },
        cells: paths('newReceived'),
      },
    ]);
    // the header over the rows, then the 本年新收 row unread, then 二、上年结转 as printed
    expect(grid(md).slice(0, 3)).toEqual([
      '|自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他|总计',
      '一、本年新收政府信息公开申请数量|?|?|?|?|?|?|?',
      '二、上年结转政府信息公开申请数量|124|6|0|0|1|1|132',
    ]);
  });

  it('should read seed 003 as printed when a page number stands between its two header rows (a page break inside the header)', () => {
    const md = edit('seed-003.md', [
      '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n',
      '|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n\n- 4 -\n\n',
    ]);
    expect(read(md).problems).toEqual([]);
    expect(grid(md)).toEqual(grid(source('seed-003.md')));
  });

  it('should place the header cells of seed 003’s rebuilt grid in columns 0 to 7, as the label mapper reads a grid', () => {
    const head = read(source('seed-003.md')).table.rows[0] ?? [];
    expect(head.map((c) => [c.text, c.row, c.col])).toEqual(
      ['', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t, c) => [t, 0, c]),
    );
  });

  it('should list only the header order, no row as not found, when 上海市人民政府办公厅 2025’s header names 总计 first and its 本年新收 row is lost', () => {
    // with the columns unknown every row is left unread for the header: the 本年新收 row is not looked for
    const md = edit(
      'shanghai-office-2025.md',
      ['| 等于第三项加第四项之和） | 自然人 | 商业 | 科研 | 总计 |', '| 等于第三项加第四项之和） | 总计 | 自然人 | 商业 | 科研 |'],
      ['| 一、本年新收政府信息公开申请数量 | 1259 | 36 | 0 | 0 | 0 | 0 | 1295 |\n', ''],
    );
    const { problems } = read(md);
    expect(problems[0]?.detail).toMatchObject({ code: 'markdown-columns' });
    expect(problems).toHaveLength(2);
    const groups = problems[1]?.detail?.code === 'markdown-rows' ? problems[1].detail.groups : [];
    expect(groups.map((g) => g.why.why)).toEqual(['header-order']);
    expect(groups[0]?.slots).not.toContain('一、本年新收政府信息公开申请数量');
  });

  // 合计 is 总计's other name: read as 总计, or the header would be taken in the template's order
  it.each(['总计', '合计'])(
    'should read no row of 上海市人民政府办公厅 2025 under its header printed with %s first (not the template’s order, not a grid)',
    (total) => {
      const md = edit('shanghai-office-2025.md', [
        '| 等于第三项加第四项之和） | 自然人 | 商业 | 科研 | 总计 |',
        `| 等于第三项加第四项之和） | ${total} | 自然人 | 商业 | 科研 |`,
      ]);
      const { problems } = read(md);
      expect(problems[0]).toEqual({
        kind: 'cells-unread',
        table: 'requests',
        detail: { code: 'markdown-columns', names: ['总计', '自然人', '商业企业', '科研机构'] },
      });
      expect(problems).toHaveLength(2);
      const rows = problems[1]!;
      expect(rows.detail).toMatchObject({ code: 'markdown-rows', groups: [{ why: { why: 'header-order' } }] });
      // every row of the 2021 template, each once, every one of its cells unread
      const groups = rows.detail?.code === 'markdown-rows' ? rows.detail.groups : [];
      expect(groups[0]?.slots).toHaveLength(25);
      expect(new Set(groups[0]?.slots).size).toBe(25);
      expect(rows.cells).toHaveLength(175);
      expect(grid(md).every((r) => r.endsWith('|?|?|?|?|?|?|?'))).toBe(true);
      expect(Object.values(cells(md, ['newReceived', 'totalProcessed'])).flat()).toEqual(Array(14).fill(null));
    },
  );

  it('should leave out of the grid seed 003’s （六）其他处理 subtotal row it cannot read (eight figures), list no cell for it, and read its items', () => {
    const subtotal = '|  | （六）其他处理 |  | 117 | 3 | 0 | 0 | 0 | 1 | 121 | 5 |\n';
    const md = edit('seed-003.md', ['|  | （六）其他处理 | 1.申请人', `${subtotal}|  |  | 1.申请人`]);
    expect(read(md).problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: {
          code: 'markdown-rows',
          groups: [{ slots: ['（六）其他处理'], why: { why: 'too-many', printed: '□|（六）其他处理|□|117|3|0|0|0|1|121|5', count: 8, width: 7 } }],
        },
        // a category's subtotal is no row of the public table: no cell of it is listed (not `requests.other.*`)
        cells: [],
      },
    ]);
    expect(grid(md).filter((r) => r.startsWith('（六）'))).toEqual([
      '（六）|1.申请人无正当理由逾期不补正|2|0|0|0|0|0|2',
      '（六）|2.申请人逾期未按收费通知要求缴纳费用|0|0|0|0|0|0|0',
      '（六）|3.其他|115|3|0|0|0|1|119',
    ]);
  });
});

describe('rows of seed 003 and 上海市科委 2024 after one named edit: each reason a row is left unread', () => {
  const unread = (why: object, slots: string[], rows: string[]) => ({
    kind: 'cells-unread',
    table: 'requests',
    detail: { code: 'markdown-rows', groups: [{ slots, why }] },
    cells: rows.flatMap(paths),
  });

  /** Seed 003's （三）5 as it prints it, on one line. */
  const FIVE = '|  |  | 5.属于三类内部事务信息 | 97 | 0 | 0 | 0 | 0 | 1 | 98 |';

  /** Seed 003 with （三）5 cut after `first` (its first figure cells), `rest` on the lines below. */
  const cutFive = (first: string, rest: string) => edit('seed-003.md', [FIVE, `|  |  | 5.属于三类内部事务信息 | ${first} |\n${rest}`]);

  /** The problems of a cut （三）5 not joined to what follows: unread, shown as `printed`, and the figures below an extra row. */
  const fiveNotJoined = (printed: string, extraRow: string) => [
    unread(
      { why: 'too-few', printed: `□|□|5.属于三类内部事务信息|${printed}`, count: 3, width: 7 },
      ['（三）5.属于三类内部事务信息'],
      ['denied.internalAffairs'],
    ),
    { kind: 'extra-row', table: 'requests', row: extraRow },
  ];

  it('should read neither copy of seed 003’s （五）2.重复申请 printed twice (a row repeated over a page break), and list the copy as extra', () => {
    const row = '|  |  | 2.重复申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |\n';
    const md = edit('seed-003.md', [row, row + row]);
    expect(read(md).problems).toEqual([
      unread({ why: 'contested' }, ['（五）2.重复申请'], ['notProcessed.duplicate']),
      { kind: 'extra-row', table: 'requests', row: '□|□|2.重复申请|6|0|0|0|0|0|6' },
    ]);
    expect(cells(md, ['notProcessed.petition', 'notProcessed.publication'])).toEqual({
      'notProcessed.petition': [345, 2, 0, 0, 0, 0, 347],
      'notProcessed.publication': [0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('should not tie by place a row whose label repeats an earlier row’s (seed 003’s （五）4 printed as 2.重复申请)', () => {
    const md = edit('seed-003.md', ['|  |  | 4.无正当理由大量反复申请 |', '|  |  | 2.重复申请 |']);
    const { problems } = read(md);
    expect(problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: {
          code: 'markdown-rows',
          groups: [
            { slots: ['（五）2.重复申请'], why: { why: 'contested' } },
            {
              // two rows for the two rows missing between （五）3 and （六）1, but one of them names another row
              slots: ['（五）4.无正当理由大量反复申请', '（五）5.要求行政机关确认或重新出具已获取信息'],
              why: {
                why: 'rows-between',
                from: '（五）3.要求提供公开出版物',
                to: '（六）1.申请人无正当理由逾期不补正',
                printed: ['□|□|2.重复申请|0|0|0|0|0|0|0', '□|□|5.要求行政机关确认或重新出|0|0|0|0|0|0|0'],
                slots: 2,
              },
            },
          ],
        },
        cells: ['notProcessed.duplicate', 'notProcessed.massive', 'notProcessed.confirm'].flatMap(paths),
      },
    ]);
  });

  it('should not read 上海市科委 2024’s 二、上年结转 printed with 自然人 blank: its seven cells could start at the blank or after it', () => {
    const md = edit('shanghai-stcsm-2024.md', ['| 二、上年结转政府信息公开申请数量 | 2 | 0 |', '| 二、上年结转政府信息公开申请数量 |  | 0 |']);
    expect(read(md).problems).toEqual([
      unread(
        { why: 'positions', printed: '二、上年结转政府信息公开申请数量|□|0|0|0|0|0|2|□', windows: 2, width: 7 },
        ['二、上年结转政府信息公开申请数量'],
        ['carriedOver'],
      ),
    ]);
  });

  it('should not read seed 003’s （三）7 when the page number 4 stands before its label (figures and labels interleaved)', () => {
    const md = edit('seed-003.md', ['|  |  | 7.属于行政执法案卷 |', '| 4 |  | 7.属于行政执法案卷 |']);
    expect(read(md).problems).toEqual([
      unread({ why: 'interleaved', printed: '4|□|7.属于行政执法案卷|14|0|0|0|0|0|14' }, ['（三）7.属于行政执法案卷'], ['denied.enforcementFile']),
    ]);
  });

  it('should join seed 003’s （三）5 continued on the next line when the two print seven figures, and not when they print six', () => {
    const joined = cutFive('97 | 0 | 0', '| 0 | 0 | 1 | 98 |');
    expect(read(joined).problems).toEqual([]);
    expect(cells(joined, ['denied.internalAffairs', 'denied.processInfo'])).toEqual({
      'denied.internalAffairs': [97, 0, 0, 0, 0, 1, 98],
      'denied.processInfo': [21, 2, 0, 0, 0, 0, 23],
    });
    expect(read(cutFive('97 | 0 | 0', '| 0 | 1 | 98 |')).problems).toEqual(fiveNotJoined('97|0|0', '0|1|98'));
  });

  it.each([
    // a label the converter moved out of the table, as 上海市人民政府办公厅 2025’s （四）无: it may be the next row’s
    ['a line of text', '6.属于四类过程性信息'],
    // a page break under a pipe table of its own, as seed 003’s - 4 - and Col1 … Col4: its header may name other columns
    ['a header row', '- 4 -\n\n| Col1 | Col2 | Col3 | Col4 |\n| --- | --- | --- | --- |'],
  ])('should not join seed 003’s （三）5 to the four figures that make it seven when %s stands between them', (_, between) => {
    expect(read(cutFive('97 | 0 | 0', `${between}\n| 0 | 0 | 1 | 98 |`)).problems).toEqual(fiveNotJoined('97|0|0', '0|0|1|98'));
  });

  it('should not join seed 003’s （三）5 cut after three figures to （三）6 printed with four: a row with a label of its own is no continuation', () => {
    const md = edit(
      'seed-003.md',
      [FIVE, '|  |  | 5.属于三类内部事务信息 | 97 | 0 | 0 |'],
      ['|  |  | 6.属于四类过程性信息 | 21 | 2 | 0 | 0 | 0 | 0 | 23 |', '|  |  | 6.属于四类过程性信息 | 0 | 0 | 0 | 23 |'],
    );
    expect(read(md).problems).toEqual([
      {
        kind: 'cells-unread',
        table: 'requests',
        detail: {
          code: 'markdown-rows',
          groups: [
            { slots: ['（三）5.属于三类内部事务信息'], why: { why: 'too-few', printed: '□|□|5.属于三类内部事务信息|97|0|0', count: 3, width: 7 } },
            { slots: ['（三）6.属于四类过程性信息'], why: { why: 'too-few', printed: '□|□|6.属于四类过程性信息|0|0|0|23', count: 4, width: 7 } },
          ],
        },
        cells: [...paths('denied.internalAffairs'), ...paths('denied.processInfo')],
      },
    ]);
  });

  it('should not join seed 003’s （三）5 to its continuation when an empty cell stands among its first figures (which column is blank cannot be told)', () => {
    expect(read(cutFive('97 |  | 0', '| 0 | 0 | 1 | 98 |')).problems).toEqual(fiveNotJoined('97|□|0', '0|0|1|98'));
  });

  it('should leave seed 003’s 四 unread when it lost its last cell (and its closing pipe): the blank after its label may be 自然人’s', () => {
    const row = '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 | 126 |';
    for (const cut of ['| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0', '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 |']) {
      const md = edit('seed-003.md', [row, cut]);
      expect(read(md).problems, cut).toEqual([
        unread({ why: 'short', printed: '四、结转下年度继续办理|□|□|122|4|0|0|0|0', lost: 1 }, ['四、结转下年度继续办理'], ['carriedForward']),
      ]);
      expect(cells(md, ['carriedForward'])).toEqual({ carriedForward: REQUEST_COLUMNS.map(() => null) });
    }
    const [finding] = checkText(edit('seed-003.md', [row, '| 四、结转下年度继续办理 |  |  | 122 | 4 | 0 | 0 | 0 | 0 |']), 'seed-003.md').findings.filter(
      (f) => f.rule === 'cells-unread',
    );
    expect(renderFinding(finding!)).toContain('比所在表格的其他行少 1 个单元格（行尾缺失），空白单元格所属列无法确定，未读取');
  });

  it('should leave seed 003’s （五）2 unread as too few when it lost its last cell and closing pipe: its one window of seven reaches into the lost cell', () => {
    // the six figures fit seven columns one way only, counting the lost cell as a blank at the end; the row has no seventh cell to read
    const md = edit('seed-003.md', ['|  |  | 2.重复申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |', '|  |  | 2.重复申请 | 6 | 0 | 0 | 0 | 0 | 0']);
    expect(read(md).problems).toEqual([
      unread({ why: 'too-few', printed: '□|□|2.重复申请|6|0|0|0|0|0', count: 6, width: 7 }, ['（五）2.重复申请'], ['notProcessed.duplicate']),
    ]);
    expect(cells(md, ['notProcessed.duplicate'])).toEqual({ 'notProcessed.duplicate': REQUEST_COLUMNS.map(() => null) });
  });

  it('should say seed 003’s 二 is unread when a blank cell among its seven figures spreads them over eight cells (not that it has too few)', () => {
    const md = edit('seed-003.md', [
      '| 二、上年结转政府信息公开申请数量 |  |  | 124 | 6 | 0 | 0 | 1 | 1 | 132 |',
      '| 二、上年结转政府信息公开申请数量 |  |  | 124 | 6 |  | 0 | 0 | 1 | 1 | 132 |',
    ]);
    expect(read(md).problems).toEqual([
      unread(
        { why: 'spread', printed: '二、上年结转政府信息公开申请数量|□|□|124|6|□|0|0|1|1|132', count: 7, width: 7 },
        ['二、上年结转政府信息公开申请数量'],
        ['carriedOver'],
      ),
    ]);
    const [finding] = checkText(md, 'seed-003.md').findings.filter((f) => f.rule === 'cells-unread');
    expect(renderFinding(finding!)).toContain('的 7 个数值之间夹有空白单元格，任取 7 列都容不下全部数值，无法确定各列，未读取');
  });

  it('should not guess which of 一, 二 and （一） seed 003’s first row is when the converter cut the labels of all three but 三、本年度办理结果', () => {
    const md = edit(
      'seed-003.md',
      ['| 一、本年新收政府信息公开申请数量 |  |  | 2240 |', '|  |  |  | 2240 |'],
      ['| 二、上年结转政府信息公开申请数量 |  |  | 124 |', '|  |  |  | 124 |'],
      ['| 三、本年度办理结果 | （一）予以公开 |  | 443 |', '| 三、本年度办理结果 |  |  | 443 |'],
    );
    // the table begins at its first row naming a row of 三: the two rows of figures above it are not the table's
    expect(read(md).problems).toEqual([
      unread(
        { why: 'rows-between', from: null, to: '（二）部分公开', printed: ['三、本年度办理结果|□|□|443|29|2|0|0|6|480'], slots: 3 },
        ['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开'],
        ['newReceived', 'carriedOver', 'granted'],
      ),
    ]);
  });

  it('should read 上海市科委 2024’s last row by its place when the converter moved its label 四、结转下年度 out of the table', () => {
    const md = edit('shanghai-stcsm-2024.md', ['| 四、结转下年度继续办理 | 1 |', '四、结转下年度继续办理\n| 1 |']);
    expect(read(md).problems).toEqual([]);
    expect(cells(md, ['totalProcessed', 'carriedForward'])).toEqual({ totalProcessed: [33, 2, 0, 0, 0, 0, 35], carriedForward: [1, 0, 0, 0, 0, 0, null] });
  });

  it('should not guess whether a lone unlabelled row after （六）3 is （七）总计 or 四、结转下年度 (总计 row lost, 四’s label moved out)', () => {
    const md = edit('shanghai-stcsm-2024.md', [
      '| （七）总计 | 33 | 2 | 0 | 0 | 0 | 0 | 35 |\n| 四、结转下年度继续办理 | 1 |',
      '四、结转下年度继续办理\n| 1 |',
    ]);
    expect(read(md).problems).toEqual([
      unread(
        { why: 'rows-between', from: '（六）3.其他', to: null, printed: ['1|0|0|0|0|0|□'], slots: 2 },
        ['（七）总计', '四、结转下年度继续办理'],
        ['totalProcessed', 'carriedForward'],
      ),
    ]);
  });

  it('should read 上海市科委 2024 cut after table 三 (no heading after it) to its last row', () => {
    const md = source('shanghai-stcsm-2024.md');
    const cut = md.slice(0, md.indexOf('三、政府信息公开行政复议'));
    const { problems, items, all } = read(cut);
    expect(problems).toEqual([]);
    expect(Math.max(...items)).toBe(all.length - 1);
    expect(grid(cut).at(-1)).toBe('四、结转下年度继续办理|1|0|0|0|0|0|');
  });
});

describe('seed 003 printed in the 2019 template’s layout: （六）其他处理 as one row', () => {
  const SIX = [
    '|  | （六）其他处理 | 1.申请人无正当理由逾期不补正 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
    '|  |  | 2.申请人逾期未按收费通知要求缴纳 |  |  |  |  |  |  |  |',
    '|  |  | 费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '|  |  | 3.其他 | 115 | 3 | 0 | 0 | 0 | 1 | 119 |',
  ].join('\n');
  // its three rows summed into one, as the 2019 template prints them
  const ONE: [string, string] = [SIX, '|  | （六）其他处理 |  | 117 | 3 | 0 | 0 | 0 | 1 | 121 |'];

  it('should read the single （六） row as the row `other`, in its place between （五）5 and （七）', () => {
    const md = edit('seed-003.md', ONE);
    expect(read(md).problems).toEqual([]);
    expect(grid(md).slice(-4)).toEqual([
      '（五）|5.要求行政机关确认或重新出具已获取信息|0|0|0|0|0|0|0',
      '（六）其他处理|117|3|0|0|0|1|121',
      '（七）总计|2242|84|2|0|1|8|2337',
      '四、结转下年度继续办理|122|4|0|0|0|0|126',
    ]);
    expect(cells(md, ['other'])).toEqual({ other: [117, 3, 0, 0, 0, 1, 121] });
  });

  it('should list the seven cells of `other` when the single （六） row is left unread (an eighth figure printed)', () => {
    const md = edit('seed-003.md', [SIX, '|  | （六）其他处理 |  | 117 | 3 | 0 | 0 | 0 | 1 | 121 | 5 |']);
    const unreadSix = read(md).problems.filter((p) => p.kind === 'cells-unread');
    expect(unreadSix.map((p) => p.cells)).toEqual([REQUEST_COLUMNS.map((c) => `requests.other.${c}`)]);
  });

  it('should read （七）总计 by its place after the single （六） row when the converter moved its label out (（六）’s items are no rows here)', () => {
    const md = edit('seed-003.md', ONE, ['|  | （七）总计 |  | 2242', '|  |  |  | 2242']);
    expect(read(md).problems).toEqual([]);
    expect(cells(md, ['other', 'totalProcessed'])).toEqual({ other: [117, 3, 0, 0, 0, 1, 121], totalProcessed: [2242, 84, 2, 0, 1, 8, 2337] });
  });

  it('should read （三）1 by its place when the converter moved its labels out (no category’s own slot to fill but （六）’s)', () => {
    const md = edit('seed-003.md', ONE, ['|  | （三）不予公开 | 1.属于国家秘密 |', '|  |  |  |']);
    expect(read(md).problems).toEqual([]);
    expect(cells(md, ['denied.stateSecret', 'other'])).toEqual({ 'denied.stateSecret': [1, 0, 0, 0, 0, 0, 1], other: [117, 3, 0, 0, 0, 1, 121] });
  });
});

describe('the header of table 三 after one named edit', () => {
  it.each([
    // the pipe header's fragments name the columns listed
    ['总计自然人', ['| 业 | 构 | 益组织 | 务机构 |', '| 业 | 构 | 益组织 | 务机构 |'], ['商业企业', '社会公益组织', '法律服务机构']],
    // a header line naming 自然人 twice is not the template's seven columns either
    ['自然人自然人', ['| 业 | 构 | 益组织 | 务机构 |', '| 业 | 构 | 益组织 | 务机构 |'], ['商业企业', '社会公益组织', '法律服务机构']],
    // with the pipe header printed empty, the lines of text name the columns listed
    ['总计自然人', ['| 业 | 构 | 益组织 | 务机构 |', '|  |  |  |  |'], ['总计', '自然人', '其他']],
  ] as const)('should read no row of 上海市科委 2024 under its header line printed %s (%j), and name the columns %j', (printed, header, names) => {
    const md = edit('shanghai-stcsm-2024.md', ['\n自然人总计\n', `\n${printed}\n`], [...header]);
    const { problems } = read(md);
    expect(problems[0]).toEqual({ kind: 'cells-unread', table: 'requests', detail: { code: 'markdown-columns', names } });
    expect(problems[1]?.detail).toMatchObject({ code: 'markdown-rows', groups: [{ why: { why: 'header-order' } }] });
    expect(problems[1]?.cells).toHaveLength(175);
    expect(problems).toHaveLength(2);
  });

  it('should read seed 003 in the template’s order when its second header row (the five 法人 columns) is lost: 自然人 | 法人或其他组织 | 总计 name no other order', () => {
    const md = edit('seed-003.md', ['|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |\n', '']);
    expect(read(md).problems).toEqual([]);
    // the columns are the template's by position: no header row is handed on, and the report says so
    expect(grid(md)[0]).toBe('一、本年新收政府信息公开申请数量|2240|82|2|0|0|7|2331');
    expect(checkText(md, 'seed-003.md').report.findings.map((f) => f.rule)).toContain('columns-by-position');
  });
});

describe('the slots and cells of table 三', () => {
  it('should order the slots as the template prints its rows, each category’s own slot once, just above its first item', () => {
    const categories = SLOT_ORDER.filter((s) => s.startsWith('#'));
    expect(categories).toEqual(['#denied', '#unable', '#notProcessed', '#other']);
    for (const c of categories)
      expect(SLOT_ORDER[SLOT_ORDER.indexOf(c) + 1]).toBe(`${c.slice(1)}.${OUTCOME_ROWS_2021.find((r) => r.startsWith(`${c.slice(1)}.`))!.split('.')[1]}`);
    expect(SLOT_ORDER.filter((s) => !s.startsWith('#'))).toEqual(['newReceived', 'carriedOver', ...OUTCOME_ROWS_2021, 'totalProcessed', 'carriedForward']);
  });

  it.each([
    // cells as the corpus prints them, and minimal edits of them
    ['32', 'value'],
    ['', 'blank'],
    ['3.', 'label'], // an item number in a cell of its own, as a converter cuts `3.其他`
    ['３．', 'label'], // the same in full-width
    ['12.', 'label'],
    ['（2）', 'label'],
    ['28983.0794', 'value'], // seed 003's 行政事业性收费 (万元)
    ['/', 'value'], // a not-applicable mark
    ['9007199254740993', 'value'], // a figure too long to be read is still a figure
    ['益组织', 'label'],
  ])('should take the cell %j for a %s', (cell, kind) => {
    expect(cellKind(cell)).toBe(kind);
  });

  it.each([
    // 上海市科委 2024's header row of fragments: no figure, no window
    [['业', '构', '益组织', '务机构', '', '', '', '', ''], []],
    // seed 003's second line of （五）5's label: seven empty cells after it
    [['', '', '具已获取信息', '', '', '', '', '', '', ''], []],
    // seed 003's 四、结转下年度: two empty cells, then seven figures
    [['四、结转下年度继续办理', '', '', '122', '4', '0', '0', '0', '0', '126'], [3]],
    // 上海市科委 2024's 四、结转下年度 without its empty trailing cell: six cells for seven columns
    [['四、结转下年度继续办理', '1', '0', '0', '0', '0', '0'], []],
  ])('should place 7 columns in %j at %j', (cells, starts) => {
    expect(valueWindows(rowShape(cells), 7)).toEqual(starts);
  });
});

describe('a piece of 沭阳县 2025’s table 三 under a header of its own', () => {
  /** 沭阳县 2025 with （四）'s own header row replaced by `header`: its three rows read none, each as piece-header. */
  function unableUnderHeader(header: string) {
    const md = edit('shuyang-gov-2025.md', [
      '### (四) 无法提供\n| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |',
      `### (四) 无法提供\n${header}`,
    ]);
    const { problems } = read(md);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.cells).toEqual(['unable.notHeld', 'unable.needCreate', 'unable.unclear'].flatMap(paths));
    const groups = problems[0]?.detail?.code === 'markdown-rows' ? problems[0].detail.groups : [];
    expect(groups.map((g) => [g.slots, g.why.why])).toEqual([
      [['（四）1.本机关不掌握相关政府信息'], 'piece-header'],
      [['（四）2.没有现成信息需要另行制作'], 'piece-header'],
      [['（四）3.补正后申请内容仍不明确'], 'piece-header'],
    ]);
    // the whole pipeline: those 21 cells blank, every other cell of 三 as the hand reading has it
    const { report } = checkText(md, 'shuyang-gov-2025.md');
    const unread = new Set(problems[0]?.cells);
    const want = expectedCells(EXPECTED['shuyang-gov-2025.md']!).filter(([p]) => p.startsWith('requests.'));
    expect(want.filter(([p]) => unread.has(p)).map(([p]) => requestValue(report, p))).toEqual(Array(21).fill(null));
    expect(want.filter(([p, v]) => !unread.has(p) && requestValue(report, p) !== v)).toEqual([]);
    return groups;
  }

  it('should read none of the rows of （四） when its header names 总计 before 自然人, and the other pieces as printed', () => {
    const groups = unableUnderHeader('| 类别 | 总计 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 自然人 |');
    expect(groups[0]?.why).toEqual({ why: 'piece-header', printed: '1. 本机关不掌握相关政府信息|111|0|0|0|0|0|111' });
  });

  it('should read none of the rows of （四） when its header cells, cut by narrow columns, name 科研机构 before 商业企业', () => {
    // `科研` and `商业` name their columns only as cells (a label begun), not in the line of text they join into
    unableUnderHeader('| 类别 | 数据1 | 科研 | 商业 | 数据4 | 数据5 | 数据6 | 总计 |');
  });
});

describe('where table 三 of seed 003 begins and ends, after one named edit', () => {
  const SEED = source('seed-003.md');

  it('should read no table 三 when the converter lost it (no row names one of its first rows), and table 四 as printed', () => {
    const md = SEED.slice(0, SEED.indexOf('三、收到和处理政府信息公开申请情况')) + SEED.slice(SEED.indexOf('四、政府信息公开行政复议、行政诉讼情况'));
    expect(readMarkdownRequests(parseMarkdownItems(md))).toBeNull();
    const { report } = checkText(md, 'seed-003.md');
    expect(Object.values(report.tables.review ?? {}).map((g) => Object.values(g ?? {}).map((c) => c.value))).toEqual([
      [38, 19, 1, 34, 92],
      [8, 4, 3, 1, 16],
      [12, 0, 0, 2, 14],
    ]);
  });

  it('should not end table 三 at its first row when that row’s label names 行政复议 in a note: only a later item ends it', () => {
    const md = edit('seed-003.md', ['| 一、本年新收政府信息公开申请数量 |', '| 一、本年新收政府信息公开申请数量（不含行政复议申请） |']);
    const { problems, items, all } = read(md);
    expect(problems).toEqual([]);
    expect(all[Math.max(...items)]).toMatchObject({ kind: 'row', cells: ['四、结转下年度继续办理', '', '', '122', '4', '0', '0', '0', '0', '126'] });
    expect(cells(md, ['newReceived'])).toEqual({ newReceived: [2240, 82, 2, 0, 0, 7, 2331] });
  });

  it('should end table 三 at 四’s header row when the heading above it is lost and narrow columns cut 行政复议 and 行政诉讼 over two cells each', () => {
    const md = edit(
      'seed-003.md',
      ['四、政府信息公开行政复议、行政诉讼情况\n', ''],
      ['| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |', '| 行政 | 复议 |  |  |  | 行政 | 诉讼 |  |  |  |'],
    );
    const { problems, items, all } = read(md);
    expect(problems).toEqual([]);
    const last = Math.max(...items);
    expect(all[last]).toMatchObject({ kind: 'row', cells: ['四、结转下年度继续办理', '', '', '122', '4', '0', '0', '0', '0', '126'] });
    expect(all[last + 1]).toMatchObject({ kind: 'row', cells: ['行政', '复议', '', '', '', '行政', '诉讼', '', '', '', '', '', '', '', ''] });
  });
});
