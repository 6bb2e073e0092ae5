import { describe, expect, it } from 'vitest';
import { findHeadings, firstHeadings, numeralValue } from '../../../../lib/rules/helpers/section-headings';
import { seedText } from '../../../helpers/seeds';

/**
 * findHeadings on seed 000 (通州区国资委 2023, real: the six headings of the template, numbered 一、 to 六、), with
 * one heading line replaced by a variant: those report-format.md §2 lists (seeds 001, 003, 004, [T5], [T6], the
 * 条例's wording) and those the matcher accepts beyond them, each named below.
 */
const SEED_LINES = seedText('000').split('\n');
const HEADING_LINE = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
].map((h) => SEED_LINES.findIndex((l) => l.trim() === h));

/** The section findHeadings gives the line where seed 000 prints section `section`'s heading, replaced by `text`; null when no heading. */
function sectionOf(section: number, text: string): number | null {
  const at = HEADING_LINE[section]!;
  const lines = SEED_LINES.map((l, i) => (i === at ? text : l));
  return findHeadings(lines).find((h) => h.line === at)?.section ?? null;
}

describe('findHeadings on a real report', () => {
  it('should find the six headings of seed 000 in order, each with its numeral', () => {
    expect(HEADING_LINE.every((i) => i >= 0)).toBe(true);
    expect(findHeadings(SEED_LINES).map((h) => [h.section, h.line, h.numeral])).toEqual(HEADING_LINE.map((line, i) => [i, line, '一二三四五六'[i]]));
  });

  it.each([
    [0, '一、概述'],
    [0, '一、基本情况'],
    [1, '二、行政机关主动公开政府信息情况'],
    [1, '二、主动公开政府信息的情况'],
    [1, '二、主动公开政府信息工作情况'],
    [2, '三、受理和处理政府信息公开申请情况'],
    [2, '三、收到处理政府信息公开申请情况'],
    [2, '三、收到和办理政府信息公开申请情况'],
    [2, '三、收到和处理政府信息公开申请的情况'],
    [2, '三、收到和处理申请情况'],
    // eight characters between 处理 and 申请, the most a heading has
    [2, '三、收到和处理政府信息公开事项申请情况'],
    [3, '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    [4, '五、政府信息公开工作存在的主要问题及改进情况'],
    [4, '五、存在的主要问题及改进措施'],
    [4, '五、存在问题及改进情况'],
    [4, '五、存在的问题和改进措施'],
    [4, '五、存在问题与改进措施'],
    [5, '六、其他需要说明的事项'],
    [5, '六、其他需要报告事项'],
    [5, '六、需要报告的其他事项'],
    [5, '六、需要说明的其他事项'],
    [5, '六、其他事项'],
    [5, '六.其他事项'],
    [5, '（六）其他事项'],
    [5, '6、其他事项'],
    [5, '6.其他事项'],
    [5, '其他事项'],
  ])('should take the variant of section %i %s', (section, text) => {
    expect(sectionOf(section, text)).toBe(section);
  });

  it.each([
    // more than eight characters between 处理 and 申请: a sentence's words, not the heading
    [2, '三、收到和处理各类政府信息公开事项的申请情况'],
    [2, '三、收到和处理政府信息公开事项的申请情况'],
    // 复议 and 诉讼 without 情况 at the end, or without one of them
    [3, '四、政府信息公开行政复议、行政诉讼情况说明'],
    [3, '四、政府信息公开行政复议情况'],
    [3, '四、政府信息公开行政诉讼情况'],
    // 其他事项 after another numeral, or inside a sentence's words
    [5, '（七）其他事项'],
    [5, '七、其他事项'],
    [5, '办理其他事项'],
  ])('should not take %i %s for a heading of its section', (section, text) => {
    expect(sectionOf(section, text)).not.toBe(section);
  });

  it('should take no line over 40 characters, with a sentence stop, or a table caption for a heading', () => {
    const padded = (n: number) => `二、主动公开政府信息情况${'（续）'.repeat(20)}`.slice(0, n);
    expect(sectionOf(1, padded(40))).toBe(1);
    expect(sectionOf(1, padded(41))).toBeNull();
    for (const stop of ['，', ',', '。', '；', ';']) expect(sectionOf(1, `二、主动公开政府信息情况${stop}`)).toBeNull();
    for (const caption of ['表二：主动公开政府信息情况', '表2 主动公开政府信息情况']) expect(sectionOf(1, caption)).toBeNull();
    expect(sectionOf(1, '表五 主动公开政府信息情况')).toBe(1);
  });

  it('should take the numeral apart from the words, as printed (Word’s 2、 and 2. flattened, 十 and beyond)', () => {
    const numeral = (text: string) => findHeadings([text])[0]?.numeral;
    expect(numeral('2、 主动公开政府信息情况')).toBe('2');
    expect(numeral('12.主动公开政府信息情况')).toBe('12');
    expect(numeral('２．主动公开政府信息情况')).toBe('2');
    expect(numeral('十二、主动公开政府信息情况')).toBe('十二');
    expect(numeral('主动公开政府信息情况')).toBeNull();
    expect(numeral('123、主动公开政府信息情况')).toBeNull();
    expect(numeral('二主动公开政府信息情况')).toBeNull();
    expect(findHeadings(['  二、主动公开政府信息情况  '])[0]?.text).toBe('二、主动公开政府信息情况');
  });

  it('should keep the first heading of each section, and none for a section not found', () => {
    const twice = [...SEED_LINES, '一、总体情况'];
    const first = firstHeadings(findHeadings(twice));
    expect(first.map((h) => h?.line)).toEqual(HEADING_LINE);
    expect(firstHeadings(findHeadings(SEED_LINES.slice(0, HEADING_LINE[5]!))).at(5)).toBeUndefined();
  });

  it('should read numerals 一 to 十, 十一 to 十九 and Arabic ones, and nothing else', () => {
    expect(['一', '五', '九', '十', '十一', '十九', '7', '12'].map(numeralValue)).toEqual([1, 5, 9, 10, 11, 19, 7, 12]);
    expect(['二十', '十十', '零', 'x', '', '一二'].map(numeralValue)).toEqual([null, null, null, null, null, null]);
  });
});
