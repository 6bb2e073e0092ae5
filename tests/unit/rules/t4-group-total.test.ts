import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
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
});
