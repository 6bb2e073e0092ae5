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
    // four characters are the shortest tail that names rows; three name none
    ['申请数量', ['newReceived', 'carriedOver']],
    ['请数量', []],
    ['数量', []],
    ['结果', []],
    ['本年度工作总结', []],
    // only a closing 数量 may be left off: （四）2.没有现成信息需要另行制作 without 制作 is the end of no row
    ['现成信息需要另行', []],
    // a row's wording is its words without its number: a tail that keeps part of （六）3. names no row (the reader
    // asks only about such tails of 3.其他: 一）予以公开 or 1.属于国家秘密 it reads by their words first)
    ['）3.其他', []],
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

  it('should tie a run in the template’s order whatever order its candidates come in', () => {
    const reversed = ['carriedOver', 'newReceived'] as const;
    expect(
      tieCutLabels(
        [
          { at: 0, candidates: reversed },
          { at: 1, candidates: reversed },
        ],
        [{ at: 2, key: 'granted' }],
      ),
    ).toEqual(['newReceived', 'carriedOver']);
  });

  it('should tie each run of its own candidates, runs ending where the candidates change or a labelled row stands', () => {
    expect(
      tieCutLabels(
        [
          { at: 0, candidates: ['newReceived'] },
          { at: 1, candidates: ['carriedOver'] },
          { at: 3, candidates: ['denied.thirdParty'] },
        ],
        [{ at: 2, key: 'granted' }],
      ),
    ).toEqual(['newReceived', 'carriedOver', 'denied.thirdParty']);
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
    // a labelled row between them splits the run (the row after them does not)
    [
      'a run broken by a labelled row',
      [
        { at: 0, candidates: both },
        { at: 2, candidates: both },
      ],
      [
        { at: 1, key: 'granted' as const },
        { at: 3, key: 'partial' as const },
      ],
    ],
    // （一）予以公开 above a run that could be 一 or （二）: 一 cannot stand below （一）
    [
      'a labelled row above that comes between the run’s candidates in the template',
      [
        { at: 1, candidates: ['newReceived', 'partial'] as const },
        { at: 2, candidates: ['newReceived', 'partial'] as const },
      ],
      [{ at: 0, key: 'granted' as const }],
    ],
    [
      'a labelled row below that comes between the run’s candidates in the template',
      [
        { at: 0, candidates: ['newReceived', 'partial'] as const },
        { at: 1, candidates: ['newReceived', 'partial'] as const },
      ],
      [{ at: 2, key: 'granted' as const }],
    ],
    // the row below fits, the row above does not
    [
      'one labelled row out of order among others in order',
      [
        { at: 1, candidates: both },
        { at: 2, candidates: both },
      ],
      [
        { at: 0, key: 'partial' as const },
        { at: 3, key: 'granted' as const },
      ],
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
