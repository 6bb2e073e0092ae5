import { describe, expect, it } from 'vitest';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';

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
});
