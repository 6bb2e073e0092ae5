import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seeds';
import { feeText } from './fee-seed';
import { editFigures, findingsOf } from './seed-table';

/**
 * fee-overdue-row (F-4) on seed 003 (real): applications dropped for unpaid fees (表三 （六）2, all 0 in the
 * report) while the fee paragraph says no notice was sent is a warning.
 */
const u = undefined;
const overdue = (notices: string, natural: string, total: string) =>
  findingsOf('fee-overdue-row', editFigures('2.申请人逾期未按收费', [natural, u, u, u, u, u, total], '三、收到和处理', feeText(notices, '0元', '0元')));

describe('fee-overdue-row on a real report', () => {
  it('should find nothing in the report as printed (4 notices, （六）2 is 0)', () => {
    expect(findingsOf('fee-overdue-row', seedText('003'))).toEqual([]);
  });

  it('should warn about （六）2 of 1 with 0 notices, and not of 0', () => {
    expect(overdue('0', '1', '1')).toEqual([['overdue-without-notice', 'warning', 'requests.other.overdueFee.total', null, 1]]);
    expect(overdue('0', '0', '0')).toEqual([]);
  });

  it('should accept （六）2 of 1 when 1 notice was sent, and a "/" 总计 with 0 notices', () => {
    expect(overdue('1', '1', '1')).toEqual([]);
    expect(overdue('0', '0', '/')).toEqual([]);
  });
});
