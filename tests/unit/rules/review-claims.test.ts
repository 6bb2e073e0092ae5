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
    // 以及 is two conjunction characters: both kinds still share the outcome after the last
    [
      '本年度未发生行政复议以及行政诉讼败诉的情况。',
      [
        ['reconsideration', 'corrected'],
        ['litigation', 'corrected'],
      ],
    ],
    // a lawsuit against a review decision lost: the words between the kinds are no conjunction, so the
    // reconsideration shares nothing (it was not said to be corrected)
    ['未发生针对行政复议决定提起行政诉讼败诉的情形。', [['litigation', 'corrected']]],
    // 复议 and 诉讼 without 行政 are the same kinds
    [
      '本年度未发生复议、诉讼案件。',
      [
        ['reconsideration', 'total'],
        ['litigation', 'total'],
      ],
    ],
    // the kind named 20 characters after the negation is still what it negates
    ['本年度未发生因本机关的政府信息公开工作不到位而引起的行政复议。', [['reconsideration', 'total']]],
    // a figure in the clause: a 结果纠正 claim still holds, a 总计 claim is not read (the figure says more)
    ['本年度未发生行政复议纠错情形及行政诉讼3件。', [['reconsideration', 'corrected']]],
    // each clause that says none is a claim of its own, the next one starting right after the comma too
    [
      '本年度未发生行政复议案件，无行政诉讼案件。',
      [
        ['reconsideration', 'total'],
        ['litigation', 'total'],
      ],
    ],
    // a negation inside a clause read already names its kinds once, not twice
    ['本年度未发生行政复议、无行政诉讼。', [['litigation', 'total']]],
    // a kind named twice with one outcome is one claim; with two outcomes, two
    [
      '未发生行政复议、行政诉讼及行政诉讼败诉情形。',
      [
        ['reconsideration', 'corrected'],
        ['litigation', 'corrected'],
      ],
    ],
    [
      '未发生行政诉讼败诉或行政诉讼的情况。',
      [
        ['litigation', 'corrected'],
        ['litigation', 'total'],
      ],
    ],
  ])('should read %s as what it claims', (sentence, want) => {
    expect(claims(sentence)).toEqual(want);
  });

  it('should hold a lawsuit claim to both groups of lawsuits in 表四, a reconsideration claim to its own', () => {
    expect(reviewClaims('本年度未发生行政复议、行政诉讼。').map((c) => [c.kind, c.groups])).toEqual([
      ['reconsideration', ['reconsideration']],
      ['litigation', ['litigationDirect', 'litigationAfterReconsideration']],
    ]);
  });

  it.each([
    // cut by a line end before the clause closes: what follows 复议 is not known
    '全年未发生因依申请公开被行政复议',
    // other words after the kind claim nothing this rule can check
    '未发生行政复议申请被驳回的情况。',
    // 无法 is no negation
    '无法提供的信息不涉及行政复议。',
    // the kind named over 20 characters after the negation is what the negated event led to, not what it is
    '未发生因政府信息公开工作被追究责任或者被群众投诉举报后引发行政复议的情况。',
    // a 总计 claim from a clause with a figure in it (the year) is not read: the figure says more than the negation
    '全年未发生因2024年度依申请公开引发的行政复议案件。',
  ])('should claim nothing from %s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});
