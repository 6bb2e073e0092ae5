import { describe, expect, it } from 'vitest';
import { fixedWording } from '../../../lib/rules/fixed-wording';
import { cutNarrative, formRendered, formFindings, replaced, unknownWithoutTable } from './seed-form';

/**
 * fixed-wording (§2 boilerplate) on seed 000 (real: its third line is the 条例 opening, it states no
 * statistical period), the opening rewritten and a period added after it.
 */
const wording = (edit?: (t: string) => string, exEdit?: Parameters<typeof formFindings>[2]) => formFindings('fixed-wording', edit, exEdit);
const OPENING = '依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)第五十条规定，编制本报告。';
const withPeriod = (period: string) => (t: string) => replaced(t, '编制本报告。', `编制本报告。本报告所列数据的统计期限为${period}。`);
const NOT_WHOLE = (quote: string) => [['period', 'info', {}, quote]];

describe('fixed-wording on seed 000', () => {
  it('should find nothing in the report as printed, nor with a whole calendar year stated', () => {
    expect(wording()).toEqual([]);
    expect(wording(withPeriod('2023年1月1日至12月31日'))).toEqual([]);
    expect(wording(withPeriod('2023年1月1日至2023年12月31日'))).toEqual([]);
    expect(wording((t) => replaced(t, '编制本报告。', '编制本报告。统计期为2023年1月1日起至12月31日止。'))).toEqual([]);
    expect(wording((t) => replaced(t, '编制本报告。', '编制本报告。本报告中所列数据的统计期限从2023年1月1日起至2023年12月31日止。'))).toEqual([]);
  });

  it.each([
    ['2023年1月1日至2023年11月30日', '统计期限为2023年1月1日至2023年11月30日'],
    ['2023年1月1日至12月30日', '统计期限为2023年1月1日至12月30日'],
    ['2023年1月1日至11月31日', '统计期限为2023年1月1日至11月31日'],
    ['2023年1月2日至12月31日', '统计期限为2023年1月2日至12月31日'],
    ['2023年2月1日至12月31日', '统计期限为2023年2月1日至12月31日'],
    ['2022年1月1日至2023年12月31日', '统计期限为2022年1月1日至2023年12月31日'],
  ])('should note a period that is not one whole year: %s', (period, quote) => {
    expect(wording(withPeriod(period))).toEqual(NOT_WHOLE(quote));
  });

  // the period as real reports word it (统计期限为 / 统计期为 / 统计期限自…起至…止, a PDF's spaces around figures, 到 and
  // dashes for 至), each not a whole year: a pattern that stopped reading one of these would drop the note
  it.each([
    ['统计期为2023年1月1日至2023年11月30日。', '统计期为2023年1月1日至2023年11月30日'],
    ['统计期限是2023年1月1日至11月30日。', '统计期限是2023年1月1日至11月30日'],
    ['统计期限自2023年1月1日起至2023年11月30日止。', '统计期限自2023年1月1日起至2023年11月30日'],
    ['统计期限从2023年1月1日起至2023年11月30日止。', '统计期限从2023年1月1日起至2023年11月30日'],
    ['统计期从2023年1月1日到11月30日。', '统计期从2023年1月1日到11月30日'],
    ['统计期 2023 年 1 月 1 日 至 2023 年 11 月 30 日。', '统计期 2023 年 1 月 1 日 至 2023 年 11 月 30 日'],
    ['统计期限为 2023 年 1 月 1 日起 到 11 月 30 日。', '统计期限为 2023 年 1 月 1 日起 到 11 月 30 日'],
    ['统计期限为2023年1月1日—2023年11月30日。', '统计期限为2023年1月1日—2023年11月30日'],
    ['统计期限为2023年1月1日-2023年11月30日。', '统计期限为2023年1月1日-2023年11月30日'],
    ['统计期限为2023年1月1日－11月30日。', '统计期限为2023年1月1日－11月30日'],
    ['统计期限为2022年10月1日至2023年9月30日。', '统计期限为2022年10月1日至2023年9月30日'],
    ['统计期限为2023年1月10日至12月31日。', '统计期限为2023年1月10日至12月31日'],
  ])('should read the period worded %s and note it is not a whole year', (sentence, quote) => {
    expect(wording((t) => replaced(t, '编制本报告。', `编制本报告。本报告所列数据的${sentence}`))).toEqual(NOT_WHOLE(quote));
  });

  it('should note an opening that never names the 条例 it is compiled under', () => {
    expect(wording((t) => replaced(t, OPENING, '现将本单位年度报告公布如下。'))).toEqual([['no-legal-basis', 'info', {}, null]]);
    // the 条例 without 编制 (line 5 names the 条例 too, as a thing studied, not as the basis)
    expect(wording((t) => replaced(t, OPENING, '依据《中华人民共和国政府信息公开条例》，现公布本报告。'))).toEqual([['no-legal-basis', 'info', {}, null]]);
  });

  it('should take the opening in either order and under 《条例》', () => {
    expect(wording((t) => replaced(t, OPENING, '本报告根据《条例》要求编制。'))).toEqual([]);
    expect(wording((t) => replaced(t, OPENING, '本报告按照《中华人民共和国政府信息公开条例》制定。'))).toEqual([]);
  });

  it('should take the 条例 and 编制 far apart in the one opening sentence, the 条例 named nowhere after', () => {
    // line 6 of the seed names the 条例 again (as a thing studied); without it only the opening itself holds both words
    const notStudied = (t: string) => replaced(t, '全面学习《中华人民共和国政府信息公开条例》有关文件', '全面学习有关文件');
    expect(wording(notStudied)).toEqual([]);
    expect(wording((t) => replaced(notStudied(t), OPENING, '本报告编制的依据为《中华人民共和国政府信息公开条例》第五十条规定。'))).toEqual([]);
    expect(wording((t) => replaced(notStudied(t), OPENING, '现将本单位年度报告公布如下。'))).toEqual([['no-legal-basis', 'info', {}, null]]);
  });

  it('should look for the opening in the first 12 lines', () => {
    const pushedTo = (index: number) => (ex: Parameters<typeof cutNarrative>[0]) => {
      const from = ex.lines.findIndex((l) => l.includes('第五十条规定'));
      const [line] = ex.lines.splice(from, 1);
      ex.lines.splice(index, 0, line ?? '');
    };
    expect(wording(undefined, pushedTo(11))).toEqual([]);
    expect(wording(undefined, pushedTo(12))).toEqual([['no-legal-basis', 'info', {}, null]]);
  });

  it('should judge a narrative of 15 lines and not one of 14', () => {
    const firstLines = (n: number) => (ex: Parameters<typeof cutNarrative>[0]) => void (ex.lines = ex.lines.slice(0, n));
    const noOpening = (t: string) => replaced(t, OPENING, '现将本单位年度报告公布如下。');
    expect(wording(noOpening, firstLines(15))).toEqual([['no-legal-basis', 'info', {}, null]]);
    expect(wording(noOpening, firstLines(14))).toEqual([]);
  });

  it('should judge nothing on a cut narrative, nor on a text of no known template without table 三', () => {
    const noOpening = (t: string) => replaced(t, OPENING, '现将本单位年度报告公布如下。');
    expect(wording(noOpening, cutNarrative)).toEqual([]);
    expect(wording(noOpening, unknownWithoutTable)).toEqual([]);
    expect(wording(noOpening, (ex) => void (ex.tables.requests = null))).toHaveLength(1);
  });

  it('should render its finding from its message table', () => {
    expect(formRendered('fixed-wording', withPeriod('2023年1月1日至2023年11月30日'))).toEqual([
      '所述统计期限不是一个完整年度（1月1日至12月31日）。原文：“统计期限为2023年1月1日至2023年11月30日”',
    ]);
    expect(formRendered('fixed-wording', (t) => replaced(t, OPENING, '现将本单位年度报告公布如下。'))).toEqual([
      '报告开头未说明依据《中华人民共和国政府信息公开条例》编制（模板：依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告）',
    ]);
  });
});

describe('fixed-wording as declared', () => {
  it('should be an info of clause §2 (boilerplate) under its own id', () => {
    expect([fixedWording.id, fixedWording.severity, fixedWording.clause]).toEqual(['fixed-wording', 'info', '§2 (boilerplate)']);
  });
});
