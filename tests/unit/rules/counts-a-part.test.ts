import { describe, expect, it } from 'vitest';
import { countsAPart } from '../../../lib/rules/helpers/counts-a-part';

describe('countsAPart', () => {
  const at = (s: string, word: string) => [s, s.indexOf(word)] as const;
  it.each([
    // 上海市科委 2024: the parts of the completed requests, one sentence
    [...at('所有办结的信息公开申请中同意公开答复9件，部分公开答复0件', '答复'), true],
    [...at('所有办结的信息公开申请中同意公开答复9件，不予处理0件，转下一年度办理答复的有1件', '答复的'), true],
    [...at('已办结45件，其中按时答复43件', '答复'), true],
    // the same sentence without its lead-in 所有办结的信息公开申请中: the count's own clause names the outcome
    [...at('同意公开答复 9 件，部分公开答复 0 件', '答复 0'), true],
    // 转下年度 as 结转下年度 words it (without 一), said of the count's own clause
    [...at('转下年度办理答复的有 1 件', '答复'), true],
    // an outcome in an earlier clause only (its last clause, then the answered total): the total is no part
    [...at('不予公开答复 2 件，全年共办结 11 件', '办结'), false],
    [...at('全年共受理申请50件，办结45件', '办结'), false],
    [...at('收到申请50件，其中已办结45件', '办结'), false],
    [...at('全年依申请公开办结45件', '办结'), false],
  ])('%s at %i: %s', (sentence, index, want) => {
    expect(countsAPart(sentence, index)).toBe(want);
  });
});
