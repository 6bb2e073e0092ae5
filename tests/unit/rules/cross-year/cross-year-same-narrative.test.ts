import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../../lib/report/render-finding';
import { crossYearSameNarrative } from '../../../../lib/rules/cross-year/cross-year-same-narrative';
import { runCrossYear } from '../../../../lib/rules/cross-year/run-cross-year';
import { copiedNarrative, distinct, lastYear, rules, thisYear, TITLE_2022 } from './last-year';

/**
 * cross-year-same-narrative (X-3, text) on the narrative lines of seed 000 (北京市通州区国资委 2023, real):
 * this year prints some of them, last year's record others, and each test moves one line across a boundary
 * (80 % repeated, 20 characters a line, 3 lines, headings and template lines left out).
 */
// read inside each test, never at module level: Stryker counts what runs outside a test as covering every
// test ("static"), and this read runs the whole pipeline, which made half the mutants of lib/rules static
const line = (i: number): string => {
  const l = thisYear().narrative[i];
  if (l === undefined) throw new Error(`seed 000 has no line ${i}`);
  return l;
};
/** five real lines of 81–221 characters that print no year */
const fiveLines = () => [line(4), line(10), line(11), line(13), line(19)] as [string, string, string, string, string];

/** this year printing `now` against a last year that printed `last` */
function compare(now: string[], last: string[]) {
  const current = { ...thisYear(), narrative: now };
  return runCrossYear(current, lastYear(distinct, { narrative: last }), [crossYearSameNarrative]).map((f) => [f.code, f.severity, f.actual, f.detail]);
}
const note = (lines: number, repeated: number, pct: number) => [['same', 'info', pct, { kind: 'note', data: { lines, repeated, pct, previous: TITLE_2022 } }]];

describe('cross-year-same-narrative on the lines of seed 000', () => {
  it('should note 80 % of the lines repeated, and not 60 %', () => {
    const [A, B, C, D, E] = fiveLines();
    expect(compare([A, B, C, D, E], [A, B, C, D, E])).toEqual(note(5, 5, 100));
    expect(compare([A, B, C, D, E], [A, B, C, D])).toEqual(note(5, 4, 80));
    expect(compare([A, B, C, D, E], [A, B, C])).toEqual([]);
  });

  it('should need three lines to compare: two repeated say nothing', () => {
    const [A, B, C] = fiveLines();
    expect(compare([A, B, C], [A, B, C])).toEqual(note(3, 3, 100));
    expect(compare([A, B], [A, B, C])).toEqual([]);
  });

  it('should count a line of 20 characters and not one of 19', () => {
    const [A, B, C] = fiveLines();
    // three lines repeated and one new: 75 % with the new line counted, 100 % without
    expect(compare([A, B, C, B.slice(0, 20)], [A, B, C])).toEqual([]);
    expect(compare([A, B, C, B.slice(0, 19)], [A, B, C])).toEqual(note(3, 3, 100));
  });

  it.each([
    '二、区国资委高度重视政务公开工作进一步夯实组织领导',
    '十一、区国资委高度重视政务公开工作进一步夯实组织领导',
    '（三）区国资委高度重视政务公开工作进一步夯实组织领导',
    '（十一）区国资委高度重视政务公开工作进一步夯实组织领导',
    '（12）区国资委高度重视政务公开工作进一步夯实组织领导',
    '1．区国资委高度重视政务公开工作进一步夯实组织领导',
    '12．区国资委高度重视政务公开工作进一步夯实组织领导',
  ])('should leave out a heading (%s)', (heading) => {
    const [A, B, C] = fiveLines();
    expect(compare([A, B, C, heading], [A, B, C])).toEqual(note(3, 3, 100));
    // a sentence is no heading
    expect(compare([A, B, C, `${heading}。`], [A, B, C])).toEqual([]);
  });

  it.each([2, 21, 22])('should leave out a line every report prints (line %i of seed 000)', (i) => {
    const [A, B, C] = fiveLines();
    expect(compare([A, B, C, line(i)], [A, B, C])).toEqual(note(3, 3, 100));
  });

  it('should count a line that only speaks of a heading’s numbers inside it', () => {
    const [A, B, C] = fiveLines();
    const listing = '区国资委重点做好以下工作：一、强化组织领导二、完善制度建设';
    expect(compare([A, B, C, listing], [A, B, C])).toEqual([]);
  });

  it('should take this year’s 2023年 for last year’s 本年 and its 2022年 for 上年', () => {
    const [A, B] = fiveLines();
    const now = ['2023年，区国资委共收到政府信息公开依申请6件，较2022年有所增加，均按要求按时予以答复。', A, B];
    expect(compare(now, ['本年，区国资委共收到政府信息公开依申请6件，较上年有所增加，均按要求按时予以答复。', A, B])).toEqual(note(3, 3, 100));
  });

  it('should compare lines with their years as this year and last year, whitespace and width aside', () => {
    const [A, B] = fiveLines();
    // 2023年 (this year) and 2022年 (the year before) last year printed as 2022年 and 2021年
    const now = ['2023年，区国资委共收到政府信息公开依申请6件，较2022年有所增加，均按要求按时予以答复。', A, B];
    const then = ['2022年，区国资委共收到政府信息公开依申请6件，较2021年有所增加，均按要求按时予以答复。', A, B];
    expect(compare(now, then)).toEqual(note(3, 3, 100));
    // a year that is neither stays itself
    expect(compare(now, [then[0]!.replace('2021年', '2020年'), A, B])).toEqual([]);
    expect(compare(now, [`２０２２年， ${then[0]!.slice(6)}`, A, B])).toEqual(note(3, 3, 100));
  });

  it('should say nothing when last year’s narrative is not known', () => {
    const [A, B, C, D, E] = fiveLines();
    expect(compare([A, B, C, D, E], [])).toEqual([]);
  });

  it("X-3: should note a narrative repeated from last year with its overlap, and not another agency's text", () => {
    const same = runCrossYear(thisYear(), lastYear(distinct, { narrative: copiedNarrative() }));
    expect(rules(same)).toEqual(['cross-year-same-narrative:info:']);
    expect(same[0]!.actual).toBe(100);
    expect(renderFinding(same[0]!)).toMatch(
      new RegExp(`^正文 (\\d+) 段中有 \\1 段（100%）与上年报告（${TITLE_2022}）逐字相同（年份除外），可能沿用了上年文本$`),
    );
    // rewrite every other eligible line: well under 80% repeated
    const { narrative } = thisYear();
    let k = 0;
    const edited = narrative.map((l) => (l.length >= 20 && k++ % 2 === 0 ? `${l}（本段为上年另写的文字）` : l.replaceAll('2023年', '2022年')));
    expect(runCrossYear(thisYear(), lastYear(distinct, { narrative: edited }))).toEqual([]);
  });
});

describe('cross-year-same-narrative as declared', () => {
  it('should be an info of clause X-3 under its own id', () => {
    expect([crossYearSameNarrative.id, crossYearSameNarrative.severity, crossYearSameNarrative.clause]).toEqual(['cross-year-same-narrative', 'info', 'X-3']);
  });
});
