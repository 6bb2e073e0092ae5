import { describe, expect, it } from 'vitest';
import { countsAPart } from '../../../lib/rules/narrative-processed';
import { reviewClaims } from '../../../lib/rules/review-claims';

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

describe('countsAPart', () => {
  const at = (s: string, word: string) => [s, s.indexOf(word)] as const;
  it.each([
    // 上海市科委 2024: the parts of the completed requests, one sentence
    [...at('所有办结的信息公开申请中同意公开答复9件，部分公开答复0件', '答复'), true],
    [...at('所有办结的信息公开申请中同意公开答复9件，不予处理0件，转下一年度办理答复的有1件', '答复的'), true],
    [...at('已办结45件，其中按时答复43件', '答复'), true],
    [...at('全年共受理申请50件，办结45件', '办结'), false],
    [...at('收到申请50件，其中已办结45件', '办结'), false],
    [...at('全年依申请公开办结45件', '办结'), false],
  ])('%s at %i: %s', (sentence, index, want) => {
    expect(countsAPart(sentence, index)).toBe(want);
  });
});
