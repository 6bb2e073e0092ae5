/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../../lib/extract/html/read-html';
import { identifyTable } from '../../../../lib/extract/map/identify-table';
import { mapActive } from '../../../../lib/extract/map/map-active';
import type { SourceDoc } from '../../../../lib/extract/raw-table';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { checkText } from '../../../../lib/pipeline';
import { renderFinding } from '../../../../lib/report/render-finding';
import { seedText } from '../../../helpers/seeds';

/**
 * mapActive on the real 表二 of a 2021-template report (seed 003, 北京市 flattened from Word, its four blocks one table of 14 rows, every
 * figure read by hand from the seed) and of a 2019-template one (tests/fixtures/real/shanghai-bgt-2019-fragment.html:
 * 上一年项目数量 / 本年增/减 / 采购项目数量), and on minimal named edits of them.
 */
const activeTables = (doc: SourceDoc) => doc.tables.filter((t) => identifyTable(t) === 'active');
const values = (table: Record<string, Record<string, { value: number | null }>>) =>
  Object.fromEntries(Object.entries(table).map(([row, cells]) => [row, Object.fromEntries(Object.entries(cells).map(([c, v]) => [c, v.value]))]));

const SEED_003 = seedText('003');
const SHANGHAI = path.join(import.meta.dirname, '../../../fixtures/real/shanghai-bgt-2019-fragment.html');
let shanghaiDoc: SourceDoc | undefined;
// read once: the fragment's DOM takes seconds to build here, and mapActive does not change the raw tables
const shanghai = () => (shanghaiDoc ??= readHtml(new DOMParser().parseFromString(readFileSync(SHANGHAI, 'utf8'), 'text/html')));

/** 上海 2019's 表二 with a row 其他主动公开文件 5 4 30 after its 规范性文件 row (Hubei prints that row; Shanghai does not) */
const withOtherDocuments = () => {
  const [raw] = activeTables(shanghai());
  const edited = structuredClone(raw!);
  const at = edited.rows.findIndex((r) => r[0]!.text === '规范性文件');
  const row = structuredClone(edited.rows[at]!);
  row.forEach((c, i) => {
    c.text = ['其他主动公开文件', '5', '4', '30'][i]!;
  });
  edited.rows.splice(at + 1, 0, row);
  return edited;
};

describe('mapActive on real 表二', () => {
  it('should map every row and column of seed 003 (2021 template) with no problem', () => {
    const tables = activeTables(readFlatText(SEED_003));
    expect(tables).toHaveLength(1);
    const { table, format, problems } = mapActive(tables);
    expect(format).toBe('2021');
    expect(problems).toEqual([]);
    // the seed's lines 规章 0 0 0 / 行政规范性文件 37 68 1316 / 行政许可 159972 / 行政处罚 19321 / 行政强制 850 / 行政事业性收费 28983.0794
    expect(values(table)).toEqual({
      regulations: { issued: 0, repealed: 0, effective: 0 },
      normativeDocuments: { issued: 37, repealed: 68, effective: 1316 },
      licensing: { count: 159972 },
      punishment: { count: 19321 },
      enforcement: { count: 850 },
      fees: { amount: 28983.0794 },
    });
    // each cell keeps its printed text and where it stands: 1316 is the fourth cell of row 3 (under 第二十条第（一）项 and
    // the header row), 28983.0794 the second cell of the last row
    expect(table.normativeDocuments?.effective).toMatchObject({ raw: '1316', at: { table: 0, row: 3, col: 3 } });
    expect(table.fees?.amount).toMatchObject({ raw: '28983.0794', at: { table: 0, row: 13, col: 1 } });
  });

  it('should read the 2019 template by its own columns (上海市政府办公厅 2019)', () => {
    const tables = activeTables(shanghai());
    const { table, format, problems } = mapActive(tables);
    expect(format).toBe('2019');
    // no 其他主动公开文件 row is printed: an optional row, not a missing one
    expect(problems).toEqual([]);
    expect(values(table)).toEqual({
      regulations: { made: 13, published: 13, total: 524 },
      normativeDocuments: { made: 60, published: 60, total: 368 },
      licensing: { previous: 0, change: 0, count: 0 },
      otherServices: { previous: 0, change: 0, count: 0 },
      punishment: { previous: 0, change: 0, count: 0 },
      enforcement: { previous: 0, change: 0, count: 0 },
      fees: { previous: 0, change: 0 },
      procurement: { count: 6, amount: 251000 },
    });
  });

  it('should say a row printed with too few figures is incomplete, and keep the figures it has (seed 003 without 1316)', () => {
    const edited = SEED_003.replace('\t68\n\t1316\n', '\t68\n');
    expect(edited).not.toBe(SEED_003);
    const { table, problems } = mapActive(activeTables(readFlatText(edited)));
    expect(values(table).normativeDocuments).toEqual({ issued: 37, repealed: 68 });
    expect(problems).toEqual([{ kind: 'row-incomplete', table: 'active', row: 'normativeDocuments', detail: { code: 'too-few-cells', read: 2, expected: 3 } }]);
  });

  it('should read no cell beyond the columns of its header (seed 003 with a fifth cell after 1316)', () => {
    const edited = SEED_003.replace('\t68\n\t1316\n', '\t68\n\t1316\n\t备注\n');
    expect(edited).not.toBe(SEED_003);
    const { table, problems } = mapActive(activeTables(readFlatText(edited)));
    expect(values(table).normativeDocuments).toEqual({ issued: 37, repealed: 68, effective: 1316 });
    expect(problems).toEqual([]);
  });

  it('should read none of a row with a figure past its header’s columns, and say so (seed 003 with a fourth figure 5)', () => {
    const edited = SEED_003.replace('\t68\n\t1316\n', '\t68\n\t1316\n\t5\n');
    expect(edited).not.toBe(SEED_003);
    const { table, problems } = mapActive(activeTables(readFlatText(edited)));
    expect(table.normativeDocuments).toEqual({});
    expect(problems).toEqual([
      {
        kind: 'row-incomplete',
        table: 'active',
        row: 'normativeDocuments',
        detail: { code: 'row-cells', count: 4, expected: 3, printed: ['37', '68', '1316', '5'] },
      },
    ]);
    // the same printed first (a serial number before the figures): every figure would move one column
    const first = SEED_003.replace('\t37\n\t68\n\t1316\n', '\t5\n\t37\n\t68\n\t1316\n');
    expect(first).not.toBe(SEED_003);
    expect(mapActive(activeTables(readFlatText(first))).table.normativeDocuments).toEqual({});
    // and the report says the row was not read
    const ex = checkText(edited, 'https://www.beijing.gov.cn/003.html');
    expect(ex.findings.filter((f) => f.rule === 'row-incomplete').map((f) => renderFinding(f))).toEqual([
      expect.stringContaining('此行印有 4 个数值，表头只有 3 列，无法确定哪一个不属于本表，未读取：37 | 68 | 1316 | 5'),
    ]);
  });

  it('should say a row the template asks for is missing (seed 003 without 行政强制 850)', () => {
    const edited = SEED_003.replace('\t行政强制\n\t850\n\n', '');
    expect(edited).not.toBe(SEED_003);
    const { table, format, problems } = mapActive(activeTables(readFlatText(edited)));
    expect(format).toBe('2021');
    expect(table.enforcement).toBeUndefined();
    expect(problems).toEqual([{ kind: 'row-missing', table: 'active', row: 'enforcement' }]);
  });

  it('should say every row is missing, and the template unknown, when no row label is read', () => {
    // seed 003's 表二 with its row labels cut: header rows and figures only
    const rows = activeTables(readFlatText(SEED_003))[0]!.rows.filter(
      (r) => !/^(规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)$/.test(r[0]!.text),
    );
    expect(rows).toHaveLength(8);
    const { table, format, problems } = mapActive([{ index: 0, rows }]);
    expect(table).toEqual({});
    expect(format).toBe('unknown');
    expect(problems.map((p) => p.kind === 'row-missing' && p.row)).toEqual([
      'regulations',
      'normativeDocuments',
      'licensing',
      'punishment',
      'enforcement',
      'fees',
    ]);
  });

  it('should tell the 2019 template by any one of its blocks (上海市政府办公厅 2019, one block at a time)', () => {
    const [raw] = activeTables(shanghai());
    const rows = raw!.rows;
    const block = (title: string) => {
      const start = rows.findIndex((r) => r[0]!.text.includes(title));
      const end = rows.findIndex((r, i) => i > start && r[0]!.text.startsWith('第二十条'));
      return { index: 0, rows: rows.slice(start, end < 0 ? undefined : end) };
    };
    // 本年新制作数量 alone (block 一), 上一年项目数量 / 本年增/减 (block 八), 采购项目数量 alone (block 九)
    for (const title of ['第二十条第（一）项', '第二十条第（八）项', '第二十条第（九）项']) expect(mapActive([block(title)]).format).toBe('2019');
    expect(values(mapActive([block('第二十条第（九）项')]).table)).toEqual({ procurement: { count: 6, amount: 251000 } });
  });

  it('should keep a figure’s printed unit, its note and its source element (上海 2019: 政府集中采购 总金额 `251000元`)', () => {
    const [raw] = activeTables(shanghai());
    const amount = mapActive([raw!]).table.procurement?.amount;
    expect(amount).toMatchObject({ value: 251000, raw: '251000元', unit: '元', note: 'unit', at: { table: raw!.index } });
    expect((amount!.source as Element).tagName).toBe('TD');
    // a plain figure has neither note nor unit, and text read from a flattened file no source
    const seedCell = mapActive(activeTables(readFlatText(SEED_003))).table.licensing?.count;
    expect(seedCell).toEqual({ value: 159972, raw: '159972', at: { table: 0, row: 6, col: 1 } });
  });

  it('should read 其他主动公开文件 where a 2019 report prints it (上海 2019 with that row added after 规范性文件)', () => {
    const { table, problems } = mapActive([withOtherDocuments()]);
    expect(values(table).otherDocuments).toEqual({ made: 5, published: 4, total: 30 });
    expect(problems).toEqual([]);
  });

  it.each(['其他', '合计'])('should read no row whose label holds a template label with %s around it', (extra) => {
    // a wrong row is worse than a missing one: 其他规范性文件 is not 行政规范性文件, 行政许可合计 not 行政许可
    const raw = withOtherDocuments();
    const rows: [string, string][] = [
      ['规章', 'regulations'],
      ['规范性文件', 'normativeDocuments'],
      ['其他主动公开文件', 'otherDocuments'],
      ['行政许可', 'licensing'],
      ['其他对外管理服务事项', 'otherServices'],
      ['行政处罚', 'punishment'],
      ['行政强制', 'enforcement'],
      ['行政事业性收费', 'fees'],
      ['政府集中采购', 'procurement'],
    ];
    expect(Object.keys(mapActive([raw]).table).sort()).toEqual(rows.map(([, key]) => key).sort());
    for (const [label, key] of rows) {
      const edited = structuredClone(raw);
      const cell = edited.rows.flat().find((c) => c.text === label)!;
      cell.text = extra === '其他' ? `其他${label}` : `${label}合计`;
      const { table } = mapActive([edited]);
      expect(table[key], cell.text).toBeUndefined();
      expect(Object.keys(table)).toHaveLength(8);
    }
  });

  it('should read a 本年增减 header printed without its slash as 本年增/减 (上海 2019, every block so edited)', () => {
    const [raw] = activeTables(shanghai());
    const edited = structuredClone(raw!);
    for (const row of edited.rows) for (const c of row) c.text = c.text.replace('本年增/减', '本年增减');
    expect(JSON.stringify(edited)).not.toContain('本年增/减');
    expect(values(mapActive([edited]).table)).toEqual(values(mapActive([raw!]).table));
  });

  it('should find a row label after an empty merged cell (seed 003 with an empty first cell before each row label)', () => {
    const edited = SEED_003.replace(/\n\t(规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)\n/g, '\n\t\n\t$1\n');
    expect(edited.match(/\n\t\n\t行政/g)).toHaveLength(5);
    const { table, problems } = mapActive(activeTables(readFlatText(edited)));
    // the header rows have no such cell: each figure is still under its own column
    expect(values(table)).toEqual(values(mapActive(activeTables(readFlatText(SEED_003))).table));
    expect(problems).toEqual([]);
  });

  it('should put no figure under a column before a header row names one (seed 003 without its header rows)', () => {
    const [raw] = activeTables(readFlatText(SEED_003));
    const rows = raw!.rows.filter((r) => r[0]!.text !== '信息内容');
    expect(rows).toHaveLength(10);
    const { table, problems } = mapActive([{ index: 0, rows }]);
    expect(Object.values(table)).toHaveLength(6);
    for (const cells of Object.values(table)) expect(cells).toEqual({});
    // printed, not read: each row with figures is said, never shown as a row of blanks
    expect(problems.map((p) => [p.kind, p.row, p.detail])).toEqual(Object.keys(table).map((row) => ['cells-unread', row, { code: 'not-mapped' }]));
  });

  it('should say nothing of a row with no figure before a header row names a column (seed 003 without its headers, 规章 blank)', () => {
    const [raw] = activeTables(readFlatText(SEED_003));
    const rows = raw!.rows.filter((r) => r[0]!.text !== '信息内容');
    // the 规章 row with its three figure cells left blank: a row of blanks, nothing printed under no column
    const at = rows.findIndex((r) => r[0]!.text === '规章');
    rows[at] = rows[at]!.map((cell, i) => (i === 0 ? cell : { ...cell, text: '' }));
    const { table, problems } = mapActive([{ index: 0, rows }]);
    expect(table.regulations).toEqual({});
    expect(problems.map((p) => p.row)).not.toContain('regulations');
    expect(problems.map((p) => p.row)).toContain('normativeDocuments');
  });

  it('should list a row with a figure past the header’s columns as printed, without the spaces around its figures', () => {
    const edited = SEED_003.replace('\t68\n\t1316\n', '\t68\n\t1316\n\t5\n');
    const [raw] = activeTables(readFlatText(edited));
    // a converter may keep the spaces around a figure in its cell (HTML's <td> 37 </td>)
    const rows = raw!.rows.map((r) => r.map((cell) => (/^(37|5)$/.test(cell.text) ? { ...cell, text: ` ${cell.text} ` } : cell)));
    const { problems } = mapActive([{ index: 0, rows }]);
    expect(problems.map((p) => p.detail)).toContainEqual({ code: 'row-cells', count: 4, expected: 3, printed: ['37', '68', '1316', '5'] });
  });

  it('should read none of a row with a cell past its header’s columns that holds a figure not read (an unread cell)', () => {
    // the run-together reader leaves a figure it cannot split as an unread cell, with no text: printed all the same
    const [raw] = activeTables(readFlatText(SEED_003));
    const rows = raw!.rows.map((r) =>
      r[0]!.text === '行政规范性文件' ? [...r, { text: '', row: r[0]!.row, col: r.length, colSpan: 1, rowSpan: 1, unread: true }] : r,
    );
    const { table, problems } = mapActive([{ index: 0, rows }]);
    expect(table.normativeDocuments).toEqual({});
    expect(problems).toEqual([
      {
        kind: 'row-incomplete',
        table: 'active',
        row: 'normativeDocuments',
        detail: { code: 'row-cells', count: 4, expected: 3, printed: ['37', '68', '1316', ''] },
      },
    ]);
  });

  it('should read a row whose cell past its header’s columns holds only a space (a page’s &nbsp;): no figure is printed there', () => {
    const [raw] = activeTables(readFlatText(SEED_003));
    const rows = raw!.rows.map((r) => (r[0]!.text === '行政规范性文件' ? [...r, { text: ' ', row: r[0]!.row, col: r.length, colSpan: 1, rowSpan: 1 }] : r));
    const { table, problems } = mapActive([{ index: 0, rows }]);
    expect(values(table).normativeDocuments).toEqual({ issued: 37, repealed: 68, effective: 1316 });
    expect(problems).toEqual([]);
  });
});
