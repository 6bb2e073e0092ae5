import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../../lib/text/normalize-label';

describe('normalizeLabel', () => {
  it.each([
    ['商业\n企业', '商业企业'],
    ['结果\n\n纠正', '结果纠正'],
    ['结果纠正\n\u00a0', '结果纠正'],
    ['（三）不予公开', '(三)不予公开'],
    ['第二十条  第(一)项', '第二十条第(一)项'],
    ['3.危及“三安全一稳定”', '3.危及"三安全一稳定"'],
    ['3.危及"三安全一稳定"', '3.危及"三安全一稳定"'],
    ['（二）部分公开（区分处理的，只计这一情况，不计其他情形）', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)'],
    ['5.属于三类内容事务信息', '5.属于三类内部事务信息'],
    ['四、结转下一年度继续办理', '四、结转下年度继续办理'],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});
