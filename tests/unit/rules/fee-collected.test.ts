import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';

/**
 * fee-collected (F-3) on seed 003 (通州区 2024, real): "发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元".
 * The amounts are compared in 元, so a figure printed in 万元 must be multiplied by 10,000 before the comparison.
 */
const SENTENCE = '发出收费通知的件数为4件，总金额为50990元，实际收取的总金额为930元';
const feeFindings = (billed: string, collected: string, notices = '4') => {
  const text = seedText('003');
  expect(text).toContain(SENTENCE);
  const edited = text.replace(SENTENCE, `发出收费通知的件数为${notices}件，总金额为${billed}，实际收取的总金额为${collected}`);
  return checkText(edited, 'https://www.bjtzh.gov.cn/2024.html')
    .report.findings.filter((f) => f.rule === 'fee-collected')
    .map((f) => [f.code, f.expected, f.actual]);
};

describe('fee-collected: collected against billed', () => {
  it('should find nothing in the real paragraph (930 元 of 50990 元 collected)', () => {
    expect(feeFindings('50990元', '930元')).toEqual([]);
  });

  it('should convert 万元 before comparing: 5.099万元 billed is 50990 元, more than 930 元', () => {
    expect(feeFindings('5.099万元', '930元')).toEqual([]);
    expect(feeFindings('50990元', '0.093万元')).toEqual([]);
  });

  it('should flag a collection above the bill on both sides of the unit', () => {
    expect(feeFindings('930元', '5.099万元')).toEqual([['more-than-billed', 930, 50990]]);
    expect(feeFindings('0.093万元', '50990元')).toEqual([['more-than-billed', 930, 50990]]);
  });

  it('should accept a collection equal to the bill, and flag one a yuan above', () => {
    expect(feeFindings('930元', '930元')).toEqual([]);
    expect(feeFindings('930元', '931元')).toEqual([['more-than-billed', 930, 931]]);
  });

  it('should flag money collected with no notice sent, and not 0 collected', () => {
    expect(feeFindings('0元', '0元', '0')).toEqual([]);
    // 0 notices and 0 billed with 930 collected: more than billed comes first
    expect(feeFindings('0元', '930元', '0')).toEqual([['more-than-billed', 0, 930]]);
  });

  it('should read the collection worded 实际收取(的)信息处理费 as well', () => {
    for (const worded of ['实际收取信息处理费1000元', '实际收取的信息处理费1000元']) {
      const edited = seedText('003').replace(SENTENCE, `发出收费通知的件数为4件，总金额为930元，${worded}`);
      expect(edited).toContain(worded);
      const found = checkText(edited, 'https://www.bjtzh.gov.cn/2024.html').report.findings.filter((f) => f.rule === 'fee-collected');
      expect(found.map((f) => [f.code, f.expected, f.actual])).toEqual([['more-than-billed', 930, 1000]]);
    }
  });
});
