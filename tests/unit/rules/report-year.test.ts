import { describe, expect, it } from 'vitest';
import type { YearSignal } from '../../../lib/detect/body-year';
import type { FullExtraction } from '../../../lib/extract/map/build-extraction';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { reportYear } from '../../../lib/rules/report-year';
import { seedText } from '../../helpers/seeds';
import { FORM_SEED, formFindings, replaced } from './seed-form';

/**
 * report-year (D-2) on seed 000 (北京市通州区国资委 2023, real: the year from its title; three paragraphs open
 * with 2023年，), a statistical period added and paragraphs moved back a year.
 */
const year = (edit?: (t: string) => string, exEdit?: Parameters<typeof formFindings>[2]) => formFindings('report-year', edit, exEdit);
const withPeriod = (sentence: string) => (t: string) => replaced(t, '编制本报告。', `编制本报告。${sentence}`);
const NEW = '2023年，区国资委共收到政府信息公开依申请6件';
const ACTIVE = '2023年，区国资委主动公开政府信息27条。';

describe('report-year on seed 000', () => {
  it('should find nothing in the report as printed, nor with a period of its own year', () => {
    expect(year()).toEqual([]);
    expect(year(withPeriod('本年度报告中所列数据统计期限为2023年1月1日至12月31日。'))).toEqual([]);
    expect(year(withPeriod('报告所列数据的统计期为2023年1月1日至2023年12月31日。'))).toEqual([]);
  });

  it('should warn on a statistical period of another year than the title’s, a year before or after', () => {
    expect(year(withPeriod('本年度报告中所列数据统计期限为2022年1月1日至12月31日。'))).toEqual([
      ['period', 'warning', { year: 2023, period: 2022, basis: null }, '本年度报告中所列数据统计期限为2022年1月1日至12月31日。'],
    ]);
    expect(year(withPeriod('统计期为2024年1月1日至12月31日。')).map(([code, , data]) => [code, data])).toEqual([
      ['period', { year: 2023, period: 2024, basis: null }],
    ]);
  });

  it('should warn on paragraphs that open with last year, counting them', () => {
    const one = year((t) => replaced(t, NEW, NEW.replace('2023年', '2022年')));
    expect(one.map(([code, severity, data]) => [code, severity, data])).toEqual([['stale', 'warning', { year: 2023, count: 1 }]]);
    expect(one[0]?.[3]).toMatch(/^2022年，区国资委共收到政府信息公开依申请6件/);
    const two = year((t) => replaced(replaced(t, NEW, NEW.replace('2023年', '2022年度')), ACTIVE, ACTIVE.replace('2023年', '2022年')));
    expect(two.map(([code, , data]) => [code, data])).toEqual([['stale', { year: 2023, count: 2 }]]);
  });

  it('should not take two years back, the next year, or last year inside a sentence for a stale paragraph', () => {
    expect(year((t) => replaced(t, NEW, NEW.replace('2023年', '2021年')))).toEqual([]);
    expect(year((t) => replaced(t, NEW, NEW.replace('2023年', '2024年')))).toEqual([]);
    expect(year((t) => replaced(t, NEW, NEW.replace('2023年，', '较2022年，')))).toEqual([]);
  });

  it('should say which signals of the body agree when the year was read from the body, and judge nothing on one signal alone', () => {
    const period = withPeriod('统计期为2022年1月1日至12月31日。');
    const fromBody = (agreeing: YearSignal[]) => (ex: FullExtraction) => void (ex.yearBasis = { from: 'body', agreeing });
    expect(year(period, fromBody(['period', 'naming']))).toEqual([
      ['period', 'warning', { year: 2023, period: 2022, basis: ['period', 'naming'] }, '统计期为2022年1月1日至12月31日。'],
    ]);
    expect(year(period, fromBody(['naming']))).toEqual([]);
    expect(year(period, (ex) => void (ex.year = null))).toEqual([]);
  });
});

/** The rule's findings themselves (expected, actual, words) on seed 000 edited by `edit`, then `exEdit`. */
const findingsOf = (edit: (t: string) => string, exEdit?: (ex: FullExtraction) => void) => {
  const { extraction } = checkText(edit(seedText(FORM_SEED)), 'https://www.bjtzh.gov.cn/gzw/2023.html');
  exEdit?.(extraction);
  return reportYear.check({ ex: extraction, text: extraction.lines.join('\n') });
};

describe('report-year findings as numbers and words', () => {
  it('should state last year as the stale paragraph’s actual year against the report’s own', () => {
    const stale = findingsOf((t) => replaced(t, NEW, NEW.replace('2023年', '2022年')));
    expect(stale.map((f) => [f.code, f.expected, f.actual])).toEqual([['stale', 2023, 2022]]);
    expect(renderFinding(stale[0]!)).toBe(
      '2023 年报告的正文以“2022年，”开头叙述（1 处），可能沿用了上年报告。原文：“2022年，区国资委共收到政府信息公开依申请6件，以信函形式申请，均按要求按时予以答复和登记。”',
    );
  });

  it('should name each agreeing signal of the body in both languages when no title gave the year', () => {
    const all: YearSignal[] = ['period', 'naming', 'subject'];
    const [f] = findingsOf(withPeriod('统计期为2022年1月1日至12月31日。'), (ex) => void (ex.yearBasis = { from: 'body', agreeing: all }));
    expect([f?.expected, f?.actual]).toEqual([2023, 2022]);
    expect(renderFinding(f!, 'zh')).toBe(
      '统计期限与正文对本报告的称述与正文叙述年份均为 2023 年（未见标题），统计期限写为 2022 年。原文：“统计期为2022年1月1日至12月31日。”',
    );
    expect(renderFinding(f!, 'en')).toBe(
      'No title; statistics period and the report naming itself and the narrative year give 2023, statistics period 2022. Text: "统计期为2022年1月1日至12月31日。"',
    );
  });
});

describe('report-year as declared', () => {
  it('should be a warning of clause D-2 under its own id', () => {
    expect([reportYear.id, reportYear.severity, reportYear.clause]).toEqual(['report-year', 'warning', 'D-2']);
  });
});
