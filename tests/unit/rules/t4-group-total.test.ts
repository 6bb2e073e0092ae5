import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { t4GroupTotal } from '../../../lib/rules/t4-group-total';
import { seedText } from '../../helpers/seeds';
import { findingsOn } from './seed-form';
import { editReview, findingsOf, SEED } from './seed-table';

/**
 * t4-group-total (T4-A/B/C) on seed 004 (real, consistent): 表四 reads 复议 0 0 0 0 | 0, 直接起诉 0 0 1 0 | 1,
 * 复议后起诉 0 0 0 0 | 0. Each test moves one real figure across a group's 总计.
 */
const groupTotal = (text: string) => findingsOf('t4-group-total', text);
const u = undefined;

describe('t4-group-total on a real report', () => {
  it('should find nothing in the report as printed', () => {
    expect(groupTotal(seedText(SEED))).toEqual([]);
  });

  it('should flag 直接起诉·总计 one above and one below its parts', () => {
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, '2']))).toEqual([['sum', 'error', 'review.litigationDirect.total', 1, 2]]);
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, '0']))).toEqual([['sum', 'error', 'review.litigationDirect.total', 1, 0]]);
  });

  it('should check each group and each part: 复议 尚未审结 1, 复议后起诉 总计 1', () => {
    expect(groupTotal(editReview([u, u, u, '1']))).toEqual([['sum', 'error', 'review.reconsideration.total', 1, 0]]);
    expect(groupTotal(editReview([u, u, u, u, u, u, u, u, u, u, u, u, u, u, '1']))).toEqual([
      ['sum', 'error', 'review.litigationAfterReconsideration.total', 0, 1],
    ]);
  });

  it('should call a "/" part unassessable, never an error', () => {
    expect(groupTotal(editReview([u, u, u, u, u, u, u, '/']))).toEqual([['unassessable', 'info', 'review.litigationDirect.total', null, 1]]);
  });
  it('should flag each group that does not add up on its own, and no joint error over read figures', () => {
    // 复议 尚未审结 1 and 复议后起诉 总计 1: two groups wrong, each alone
    expect(groupTotal(editReview([u, u, u, '1', u, u, u, u, u, u, u, u, u, u, '1']))).toEqual([
      ['sum', 'error', 'review.reconsideration.total', 1, 0],
      ['sum', 'error', 'review.litigationAfterReconsideration.total', 0, 1],
    ]);
  });

  it('should check nothing without a table 四, and the groups it has when one is not read', () => {
    const lines = seedText(SEED).split('\n');
    const from = lines.findIndex((l) => l.startsWith('四、政府信息公开行政复议'));
    const to = lines.findIndex((l) => l.startsWith('五、'));
    expect(from).toBeGreaterThan(0);
    expect(findingsOn('t4-group-total', [...lines.slice(0, from), ...lines.slice(to)].join('\n'))).toEqual([]);
    // 直接起诉 总计 2 against 0+0+1+0, and the group 复议 not read: only 直接起诉 is judged
    const dropReconsideration = (ex: Parameters<NonNullable<Parameters<typeof findingsOn>[2]>>[0]) => {
      if (!ex.tables.review) throw new Error('no table 四');
      delete ex.tables.review.reconsideration;
    };
    expect(findingsOn('t4-group-total', editReview([u, u, u, u, u, u, u, u, u, '2']), dropReconsideration).map((f) => f[0])).toEqual(['sum']);
    expect(findingsOn('t4-group-total', seedText(SEED), dropReconsideration)).toEqual([]);
  });

  it('should name its group in English too', () => {
    const [f] = checkText(editReview([u, u, u, u, u, u, u, u, u, '2']), 'https://www.bjtzh.gov.cn/004.html').findings.filter(
      (x) => x.rule === 't4-group-total',
    );
    expect(renderFinding(f!, 'en')).toContain('Table 4 ');
    expect(renderFinding(f!, 'en')).toContain(', total');
  });

  it('should be an error of clause T4-A/B/C under its own id', () => {
    expect([t4GroupTotal.id, t4GroupTotal.severity, t4GroupTotal.clause]).toEqual(['t4-group-total', 'error', 'T4-A/B/C']);
  });
});

describe('t4-group-total on 表四 run together as a crawler saves it (seed 000, tests/fixtures/crawler)', () => {
  const CRAWLED = readFileSync(path.join(import.meta.dirname, '../../fixtures/crawler/seed-000.txt'), 'utf8');
  /** 表四's figures, printed 0 0 0 0 00  0 0 00  0 0 00 after the last 结果尚未审结总计, replaced by `run`. */
  const crawled = (run: string) => {
    const figures = /(结果尚未审结总计)[\d\s]+(五、)/;
    expect(CRAWLED).toMatch(figures);
    return checkText(CRAWLED.replace(figures, `$1${run}$2`), 'https://www.bjtzh.gov.cn/000.html').findings.filter((f) => f.rule === 't4-group-total');
  };

  it('should find nothing in the run as printed', () => {
    expect(crawled(' 0 0 0 0 00  0 0 00  0 0 00')).toEqual([]);
  });

  it('should call 表四 an error when its splits are too many to list and the search on the three totals found none that adds up', () => {
    // 29 digits for 15 cells: thousands of splits, none letting 复议, 直接起诉 and 复议后起诉 each add up to its 总计
    const RUN = '12345671234567123456712345671';
    const found = crawled(RUN);
    expect(found.map((f) => [f.code, f.severity, f.stated])).toEqual([
      ['jointly', 'error', ['review.reconsideration.total', 'review.litigationDirect.total', 'review.litigationAfterReconsideration.total']],
    ]);
    // every cell of the three groups, each group's 总计 first
    expect(found[0]!.cells).toEqual(
      (['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const).flatMap((g) =>
        ['total', 'upheld', 'corrected', 'other', 'pending'].map((c) => `review.${g}.${c}`),
      ),
    );
    expect(renderFinding(found[0]!, 'en')).toMatch(/^Table 4: /);
    const detail = found[0]!.detail;
    if (detail.kind !== 'jointly') throw new Error(detail.kind);
    expect(detail.count).toBeNull();
    expect(detail.printed).toEqual([{ label: { zh: '表四', en: 'Table 4' }, text: RUN }]);
    // the search's samples, each a whole split of the run, each breaking a group: the first breaks 复议 (1+2+3+4 ≠ 5)
    expect(detail.cases).toHaveLength(6);
    expect(detail.cases[0]).toEqual({
      split: [[1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 671, 2345671, 2345671]],
      failed: 0,
      values: [
        { left: [1, 2, 3, 4], right: [5] },
        { left: [6, 7, 1, 2], right: [3] },
        { left: [4, 5, 671, 2345671], right: [2345671] },
      ],
    });
    expect(renderFinding(found[0]!)).toBe(
      `表四：表四印为“${RUN}”，无论按哪种拆法，表四行政复议·总计、表四行政诉讼·未经复议直接起诉·总计、表四行政诉讼·复议后起诉·总计都不能同时相符：` +
        detail.cases.map((c) => `按 ${c.split[0]!.join('|')} 拆，表四行政复议·总计 1+2+3+4 = 10 ≠ 5`).join('；') +
        '；……（拆法众多，均不相符）',
    );
  });

  it('should give the error every reading of one group proves alone, with no joint error over all three', () => {
    // 20 digits for 15 cells: every split leaves 复议后起诉's 总计 off its parts, and that error is said alone
    const found = crawled('10000100001000010000');
    expect(found.map((f) => [f.code, f.stated])).toEqual([['every-reading', ['review.litigationAfterReconsideration.total']]]);
  });
});
