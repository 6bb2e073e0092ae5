import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { renderFinding } from '../../../lib/report/render-finding';
import { seedText } from '../../helpers/seeds';
import { feeText } from './fee-seed';
import { editFigures, findingsOf } from './seed-table';

/**
 * fee-unpaid (F-5) on seed 003 (real): 50990 元 billed and 930 元 collected while 表三 （六）2 is 0 — the
 * unpaid notices show nowhere in 表三, a warning the real report earns.
 */
const u = undefined;
const unpaid = (text: string) => findingsOf('fee-unpaid', text).map(([code, severity, cell, , actual]) => [code, severity, cell, actual]);

describe('fee-unpaid on a real report', () => {
  it('should warn on the report as printed (930 of 50990 元 collected, （六）2 is 0)', () => {
    expect(unpaid(seedText('003'))).toEqual([['not-shown', 'warning', 'requests.other.overdueFee.total', 0]]);
  });

  it('should warn when one yuan is unpaid, and not when all is collected', () => {
    expect(unpaid(feeText('4', '50990元', '50989元'))).toEqual([['not-shown', 'warning', 'requests.other.overdueFee.total', 0]]);
    expect(unpaid(feeText('4', '50990元', '50990元'))).toEqual([]);
  });

  it('should not warn once （六）2 shows an application dropped', () => {
    expect(unpaid(editFigures('2.申请人逾期未按收费', ['1', u, u, u, u, u, '1'], '三、收到和处理', seedText('003')))).toEqual([]);
  });

  it('should point at （六）2 and 四 and say how many are still pending in 四 (126), in both languages', () => {
    const [f, ...rest] = checkText(seedText('003'), 'https://www.bjtzh.gov.cn/003.html').report.findings.filter((x) => x.rule === 'fee-unpaid');
    expect(rest).toEqual([]);
    expect(f!.cells).toEqual(['requests.other.overdueFee.total', 'requests.carriedForward.total']);
    expect(renderFinding(f!)).toMatch(
      /^发出收费通知 4 件、总金额 50990 元，实际收取 930 元，而表三（六）2 逾期未缴费为 0：未缴费的申请未见体现（除非仍在“四、结转下年度继续办理”126 件中）。/,
    );
    expect(renderFinding(f!, 'en')).toMatch(
      /^4 notices for 50990 yuan, 930 collected, but table 3 \(6\)2 is 0: unpaid applications are not visible \(unless pending in row 4: 126\)\./,
    );
  });

  it('should not warn with no notice sent', () => {
    expect(unpaid(feeText('0', '0元', '0元'))).toEqual([]);
  });
});
