import { describe, expect, it } from 'vitest';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { seedText } from '../../../helpers/seeds';

const texts = (doc: ReturnType<typeof readFlatText>) => doc.tables.map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe('readFlatText', () => {
  it('should read one cell per tab-led line and a blank line between rows', () => {
    const doc = readFlatText('标题\n\n\t规章\n\t0\n\t1\n\n\t行政许可\n\t2\n\n后记');
    expect(texts(doc)).toEqual([
      [
        ['规章', '0', '1'],
        ['行政许可', '2'],
      ],
    ]);
    expect(doc.lines).toEqual(['标题', '后记']);
  });

  it('should join a label broken over lines into its cell', () => {
    const doc = readFlatText('\t\n\t商业\n企业\n\t科研\n机构\n');
    expect(texts(doc)).toEqual([[['', '商业\n企业', '科研\n机构']]]);
  });

  it('should keep an empty line inside a cell (seed 002: 结果 / blank / 纠正)', () => {
    const doc = readFlatText('\t结果维持\n\t结果\n\n纠正\n\t其他\n\n结果\n\t总计\n\n\t1\n\t0\n');
    expect(texts(doc)).toEqual([
      [
        ['结果维持', '结果\n纠正', '其他\n结果', '总计'],
        ['1', '0'],
      ],
    ]);
  });

  it('should end a table at a narrative line and start a new one after it', () => {
    const doc = readFlatText('\t一\n\t1\n\n\n三、收到和处理政府信息公开申请情况\n\t二\n\t2\n');
    expect(texts(doc)).toEqual([[['一', '1']], [['二', '2']]]);
    expect(doc.lines).toEqual(['三、收到和处理政府信息公开申请情况']);
  });

  it('should read text copied from a page, one row per line of tab-separated cells', () => {
    const doc = readFlatText('一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0');
    expect(texts(doc)[0]).toEqual([
      ['一、本年新收政府信息公开申请数量', '5', '1', '0', '0', '0', '0', '6'],
      ['二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0'],
    ]);
  });

  it('should find a title broken over two lines', () => {
    expect(readFlatText('北京市通州区国资委2023年政府信息公开\n工作年度报告\n\n正文').title).toBe('北京市通州区国资委2023年政府信息公开工作年度报告');
  });

  it('should return no table and no title for an empty text', () => {
    expect(readFlatText('')).toEqual({ title: null, lines: [], tables: [], meta: {} });
  });

  it('should read a real seed: three tables, the narrative without blank lines, a title over two lines (seed 001)', () => {
    const doc = readFlatText(seedText('001'));
    expect(doc.tables.map((t) => [t.index, t.rows.length])).toEqual([
      [0, 14],
      [1, 28],
      [2, 4],
    ]);
    expect(doc.title).toBe('北京市东城区人民政府办公室2023年政府信息公开工作年度报告');
    // its NBSP-only lines between the tables are neither narrative nor rows, and the short heading after two
    // empty lines (no row open) stays narrative, not a fragment of a cell
    expect(doc.lines).not.toContain('');
    expect(doc.lines).toContain('二、主动公开政府信息情况');
    expect(doc.lines).toContain('三、收到和处理政府信息公开申请情况');
    // each cell knows its row and column in its table: 第二十条第（一）项 opens table 0, 本年制发件数 is row 1, col 1
    const [active] = doc.tables;
    expect(active!.rows[0]![0]).toEqual({ text: '第二十条第（一）项', row: 0, col: 0, rowSpan: 1, colSpan: 1 });
    expect(active!.rows[1]![1]).toEqual({ text: '本年制发件数', row: 1, col: 1, rowSpan: 1, colSpan: 1 });
    // an NBSP-only line inside a cell run is kept with the cell before it (seed 001's 表四: 结果纠正 / NBSP / 其他结果)
    expect(doc.tables[2]!.rows[1]!.map((c) => c.text)).toContain('结果纠正\n\u00a0');
  });

  it('should read a seed saved with CRLF line ends or a byte-order mark as the same report (seed 003)', () => {
    const seed = seedText('003');
    const plain = readFlatText(seed);
    expect(readFlatText(seed.replace(/\n/g, '\r\n'))).toEqual(plain);
    expect(readFlatText(`\ufeff${seed}`)).toEqual(plain);
  });

  it('should not take a byte-order mark for a cell when the text opens with a table', () => {
    expect(texts(readFlatText('\ufeff\t规章\n\t0\n'))).toEqual([[['规章', '0']]]);
  });

  it('should take a short line after an empty line as narrative when no cell line follows it', () => {
    // the fragment is the last line, or is followed by narrative: the empty line ends the row
    expect(readFlatText('\t结果\n\n纠正')).toMatchObject({ lines: ['纠正'], tables: [{ rows: [[{ text: '结果' }]] }] });
    expect(readFlatText('\t结果\n\n纠正\n后记').lines).toEqual(['纠正', '后记']);
  });

  it('should end a row at two empty lines (seed 003 with a second empty line after 规章 0 0 0)', () => {
    const seed = seedText('003');
    const edited = seed.replace('\t规章\n\t0\n\t0\n\t0\n\n', '\t规章\n\t0\n\t0\n\t0\n\n\n');
    expect(edited).not.toBe(seed);
    expect(readFlatText(edited).tables).toEqual(readFlatText(seed).tables);
  });

  it('should not join a long line after an empty line to a cell (13 characters: narrative, even before a cell line)', () => {
    const doc = readFlatText('\t结果\n\n一二三四五六七八九十一二三\n\t总计\n');
    expect(texts(doc)).toEqual([[['结果']], [['总计']]]);
    expect(doc.lines).toEqual(['一二三四五六七八九十一二三']);
    expect(texts(readFlatText('\t结果\n\n一二三四五六七八九十一二\n\t总计\n'))).toEqual([[['结果\n一二三四五六七八九十一二', '总计']]]);
  });
});

describe('readFlatText: a line of blanks and a tab inside a row (seed 003)', () => {
  it('should keep the row as printed: a space and a tab after 1316 make no row of empty cells', () => {
    const seed = seedText('003');
    const edited = seed.replace('\t68\n\t1316\n', '\t68\n\t1316\n \t\n');
    expect(edited).not.toBe(seed);
    const trimmed = (doc: ReturnType<typeof readFlatText>) => texts(doc).map((t) => t.map((r) => r.map((c) => c.trim())));
    expect(trimmed(readFlatText(edited))).toEqual(trimmed(readFlatText(seed)));
  });
});
