import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../../lib/extract/text/find-title';
import { readFlatText } from '../../../../lib/extract/text/read-flat-text';
import { readText } from '../../../../lib/extract/text/read-text';
import { seedText } from '../../../helpers/seeds';

/** findTitle on the narrative lines of the seeds (Word breaks titles over lines), and readText's choice of reader. */
const lines = (id: string) => readFlatText(seedText(id)).lines;

describe('findTitle on the seeds', () => {
  it('should join a title broken over two lines (seeds 002 and 004)', () => {
    expect(lines('002').slice(0, 2)).toEqual(['北京市密云区商务局2023年', '政府信息公开年度报告']);
    expect(findTitle(lines('002'))).toBe('北京市密云区商务局2023年政府信息公开年度报告');
    expect(findTitle(lines('004'))).toBe('北京市通州区漷县镇人民政府2023年政府信息公开工作年度报告');
  });

  it('should take a title printed on one line without the line after it (seed 003, its two lines joined)', () => {
    const [a, b, ...rest] = lines('003');
    expect(findTitle([`${a}${b}`, ...rest])).toBe('北京市通州区2024年政府信息公开工作年度报告');
  });

  it('should join up to three lines, and no more (seed 003’s title broken once more)', () => {
    const [a, b, ...rest] = lines('003');
    expect(a).toBe('北京市通州区2024年政府信息公开');
    expect(findTitle(['北京市通州区', '2024年政府信息公开', b!, ...rest])).toBe('北京市通州区2024年政府信息公开工作年度报告');
    expect(findTitle(['北京市', '通州区', '2024年政府信息公开', b!, ...rest])).toBeNull();
  });
});

describe('readText: which reader', () => {
  it('should read a seed with an extra small table before its own as flattened Word, all four tables', () => {
    const seed = seedText('003');
    const edited = seed.replace('依据《中华人民共和国政府信息公开条例》', '\t附件\n\t1\n\n依据《中华人民共和国政府信息公开条例》');
    expect(edited).not.toBe(seed);
    const doc = readText(edited);
    expect(doc).toEqual(readFlatText(edited));
    expect(doc.tables).toHaveLength(4);
  });

  it('should read a text with no table and none of the template’s labels as flat text (the seed’s narrative alone)', () => {
    const narrative = lines('003').join('\n');
    expect(narrative).not.toMatch(/本年新收|未经复议直接起诉|第二十条/);
    expect(readText(narrative)).toEqual(readFlatText(narrative));
  });

  it('should read cells run together even when the labels are spaced out (a pasted 表三 with 本年 新收)', () => {
    const pasted = readText(
      '某局2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年 新收政府信息公开申请数量1000001二、上年结转政府信息公开申请数量0000000',
    );
    expect(pasted.tables[0]!.rows.map((r) => r[0]!.text)).toContain('二、上年结转政府信息公开申请数量');
  });
});
