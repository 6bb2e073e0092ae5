import { describe, expect, it } from 'vitest';
import { mergedItems } from '../../../../lib/extract/map/merged-item-labels';
import type { RawCell } from '../../../../lib/extract/raw-table';

const cell = (text: string, rowSpan: number): RawCell => ({ text, row: 0, col: 1, rowSpan, colSpan: 1 });
const OTHER = ['other.overdueCorrection', 'other.overdueFee', 'other.other'];

describe('mergedItems', () => {
  it.each([
    [
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他',
      'other',
    ],
    // a label wrapped onto a second line, full-width numbering
    ['１．申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请\n２．申请人逾期未按收费通知要求缴纳费用\n３．其他', 'other'],
    // unnumbered, one <p> each
    ['申请人无正当理由逾期不补正\n申请人逾期未按收费通知要求缴纳费用\n其他', 'other'],
    // unnumbered, with an empty <p> between them (and spaces only in one): an empty line is no label
    ['申请人无正当理由逾期不补正\n\n申请人逾期未按收费通知要求缴纳费用\n \n其他', 'other'],
    // the category printed in the same cell, before its items
    ['（六）其他处理\n1.申请人无正当理由逾期不补正\n2.申请人逾期未按收费通知要求缴纳费用\n3.其他', null],
    // the category without its numeral, wrapped over two lines before its items: its lines joined name it
    ['其他\n处理\n1.申请人无正当理由逾期不补正\n2.申请人逾期未按收费通知要求缴纳费用\n3.其他', null],
  ] as const)('should name the three rows of （六） in %j', (text, category) => {
    expect(mergedItems(cell(text, 3), category)).toEqual({ category: 'other', items: OTHER });
  });

  it('should name the items whatever the span: how many rows they are is the caller’s to check', () => {
    expect(mergedItems(cell('1.申请人无正当理由逾期不补正\n2.申请人逾期未按收费通知要求缴纳费用', 1), 'other')).toEqual({
      category: 'other',
      items: ['other.overdueCorrection', 'other.overdueFee'],
    });
  });

  it('should read the items of any category, in template order', () => {
    expect(mergedItems(cell('1.本机关不掌握相关政府信息\n2.没有现成信息需要另行制作\n3.补正后申请内容仍不明确', 3), 'unable')).toEqual({
      category: 'unable',
      items: ['unable.notHeld', 'unable.needCreate', 'unable.unclear'],
    });
  });

  it.each([
    ['（六）其他处理', 3, 'other'], // a category label alone
    ['3.其他\n1.申请人无正当理由逾期不补正\n2.申请人逾期未按收费通知要求缴纳费用', 3, 'other'], // out of order
    ['其\n他\n处', 3, 'other'], // a vertical label, one character per line
    ['1.申请人无正当理由逾期不补正', 1, 'other'], // one item
    ['1.申请人无正当理由逾期不补正\n2.申请人无正当理由逾期不补正', 3, 'other'], // one item printed twice: not two rows
    ['1.申请人无正当理由逾期不补正\n2.申请人逾期未按收费通知要求缴纳费用\n3.其他', 3, null], // no category in sight
    ['（六）其他处理\n1.重复申请\n2.要求提供公开出版物', 2, null], // the items of （五） under the label of （六）: not its rows
  ] as const)('should not split %j (rowspan %i) into rows', (text, rowSpan, category) => {
    expect(mergedItems(cell(text, rowSpan), category)).toBeNull();
  });
});
