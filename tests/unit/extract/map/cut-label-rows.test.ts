import { describe, expect, it } from 'vitest';
import { cutLabelRows, tieCutLabels } from '../../../../lib/extract/map/cut-label-rows';

describe('cutLabelRows', () => {
  it.each([
    ['府信息公开申请数量', ['newReceived', 'carriedOver']],
    // printed without 数量
    ['政府信息公开申请', ['newReceived', 'carriedOver']],
    ['收政府信息公开申请数量', ['newReceived']],
    ['转政府信息公开申请数量', ['carriedOver']],
    ['方合法权益', ['denied.thirdParty']],
    ['数量', []],
    ['结果', []],
    ['本年度工作总结', []],
  ])('should name the rows %s could be the end of: %j', (label, rows) => {
    expect(cutLabelRows(label)).toEqual(rows);
  });
});

describe('tieCutLabels', () => {
  const both = ['newReceived', 'carriedOver'] as const;

  it('should tie a run of as many cut rows as rows they could be, in the template’s order, above the rows after them', () => {
    expect(
      tieCutLabels(
        [
          { at: 0, candidates: both },
          { at: 1, candidates: both },
        ],
        [{ at: 2, key: 'granted' }],
      ),
    ).toEqual(['newReceived', 'carriedOver']);
  });

  it('should tie a cut row to the one row other rows do not name', () => {
    expect(tieCutLabels([{ at: 1, candidates: both }], [{ at: 0, key: 'newReceived' }])).toEqual(['carriedOver']);
  });

  it.each([
    [
      'two cut rows for the one row left',
      [
        { at: 1, candidates: both },
        { at: 2, candidates: both },
      ],
      [{ at: 0, key: 'newReceived' as const }],
    ],
    ['one cut row for two rows', [{ at: 0, candidates: both }], [{ at: 1, key: 'granted' as const }]],
    // a labelled row between them splits the run
    [
      'a run broken by a labelled row',
      [
        { at: 0, candidates: both },
        { at: 2, candidates: both },
      ],
      [{ at: 1, key: 'granted' as const }],
    ],
    // 一 and 二 below （一）予以公开: the template’s order says no
    [
      'rows out of the template’s order',
      [
        { at: 1, candidates: both },
        { at: 2, candidates: both },
      ],
      [{ at: 0, key: 'granted' as const }],
    ],
  ])('should tie nothing with %s', (_, cut, labelled) => {
    expect(tieCutLabels(cut, labelled).every((r) => r === null)).toBe(true);
  });
});
