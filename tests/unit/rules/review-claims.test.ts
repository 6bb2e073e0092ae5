import { describe, expect, it } from 'vitest';
import { reviewClaims } from '../../../lib/rules/helpers/review-claims';

const claims = (text: string) => reviewClaims(text).map((c) => [c.kind, c.column]);

describe('reviewClaims', () => {
  it.each([
    // 上海市人民政府办公厅 2025: no review corrected, no suit lost — not "no review, no suit"
    [
      '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。',
      [
        ['reconsideration', 'corrected'],
        ['litigation', 'corrected'],
      ],
    ],
    // one outcome after both kinds is said of both
    [
      '本年度未发生被行政复议、行政诉讼纠错的情形。',
      [
        ['reconsideration', 'corrected'],
        ['litigation', 'corrected'],
      ],
    ],
    [
      '本年度未发生因政府信息公开引起的行政复议、行政诉讼。',
      [
        ['reconsideration', 'total'],
        ['litigation', 'total'],
      ],
    ],
    [
      '2023年，本机关无行政复议和行政诉讼案件。',
      [
        ['reconsideration', 'total'],
        ['litigation', 'total'],
      ],
    ],
    ['未发生行政复议纠错，行政诉讼1件。', [['reconsideration', 'corrected']]],
    ['全年未发生行政诉讼情况。', [['litigation', 'total']]],
  ])('should read %s as what it claims', (sentence, want) => {
    expect(claims(sentence)).toEqual(want);
  });

  it.each([
    // cut by a line end before the clause closes: what follows 复议 is not known
    '全年未发生因依申请公开被行政复议',
    // other words after the kind claim nothing this rule can check
    '未发生行政复议申请被驳回的情况。',
    // 无法 is no negation
    '无法提供的信息不涉及行政复议。',
  ])('should claim nothing from %s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});
