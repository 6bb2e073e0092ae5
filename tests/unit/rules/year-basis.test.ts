import { describe, expect, it } from 'vitest';
import { renderFinding } from '../../../lib/report/render-finding';
import { runRules } from '../../../lib/rules/run-rules';
import { trustedYear } from '../../../lib/rules/helpers/trusted-year';
import { CLEAN_LINES, makeExtraction } from '../../helpers/make-extraction';

const YEAR_RULES = new Set(['report-year', 'template-year', 'publication-date', 'fee-paragraph', 'title-form']);
const yearFindings = (spec: Parameters<typeof makeExtraction>[0]) =>
  runRules(makeExtraction(spec))
    .filter((f) => YEAR_RULES.has(f.rule))
    .map((f) => [f.rule, f.severity]);

describe('trustedYear', () => {
  it.each([
    [{ year: 2023, yearBasis: { from: 'title' } as const }, 2023],
    [{ year: 2023, yearBasis: { from: 'body', agreeing: ['period', 'subject'] } as const }, 2023],
    [{ year: 2023, yearBasis: { from: 'body', agreeing: ['subject'] } as const }, null],
    [{ year: null, yearBasis: null }, null],
    // a title or two kinds of sentence that give no year give none to trust
    [{ year: null, yearBasis: { from: 'title' } as const }, null],
    [{ year: null, yearBasis: { from: 'body', agreeing: ['period', 'subject'] } as const }, null],
  ])('should trust %j as %j', (ex, want) => {
    expect(trustedYear({ ...ex, yearBasis: ex.yearBasis === null ? null : { ...ex.yearBasis } } as Parameters<typeof trustedYear>[0])).toBe(want);
  });
});

describe('rules resting on the reporting year', () => {
  // a 2019-template table in a report whose only year-like sentence says 2023, without a title; published late
  const guessed = {
    title: null,
    agency: null,
    year: 2023,
    format: '2019' as const,
    published: '2024-06-01',
    lines: ['2022年，本局继续推进政务公开。', '2023年，本局完成。', '2023年，本局继续。'],
  };

  it('should give no year, template, deadline or fee-paragraph warning on a year one kind of sentence gives', () => {
    expect(yearFindings({ ...guessed, yearBasis: { from: 'body', agreeing: ['subject'] } })).toEqual([]);
  });

  it('should give them on the same year when two independent kinds of sentence state it', () => {
    expect(yearFindings({ ...guessed, yearBasis: { from: 'body', agreeing: ['naming', 'subject'] } })).toEqual([
      ['fee-paragraph', 'warning'],
      ['report-year', 'warning'],
      ['publication-date', 'warning'],
      ['template-year', 'warning'],
    ]);
  });

  it('should say where a body’s year came from when its statistics period disagrees', () => {
    const f = runRules(
      makeExtraction({
        title: null,
        agency: null,
        yearBasis: { from: 'body', agreeing: ['naming', 'subject'] },
        lines: [...CLEAN_LINES.slice(1), '本年度报告中所列数据统计期限为2022年1月1日至12月31日。'],
      }),
    ).filter((x) => x.rule === 'report-year');
    expect(f.map((x) => [x.expected, x.actual])).toEqual([[2023, 2022]]);
    expect(renderFinding(f[0]!)).toContain('正文对本报告的称述与正文叙述年份均为 2023 年（未见标题），统计期限写为 2022 年');
  });

  it('should not judge the form of a title when the year came from the body', () => {
    expect(yearFindings({ title: '2023年工作情况', yearBasis: { from: 'body', agreeing: ['period', 'subject'] } })).toEqual([]);
  });
});
