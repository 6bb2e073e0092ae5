import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';
import { feeText } from './fee-seed';
import { findingsOf } from './seed-table';

/**
 * fee-active-table (F-6) on seed 003 (real): 930 元 collected for information, and 表二 行政事业性收费 28983.0794
 * 万元. A collection against a 0 in 表二 is noted (info), with 表二's figure expected in 万元.
 */
const TABLE_FEE = '\t28983.0794';
const withTableFee = (raw: string, text = seedText('003')) => {
  expect(text).toContain(TABLE_FEE);
  return text.replace(TABLE_FEE, `\t${raw}`);
};
const active = (text: string) => findingsOf('fee-active-table', text);

describe('fee-active-table on a real report', () => {
  it('should find nothing in the report as printed (表二 is not 0)', () => {
    expect(active(seedText('003'))).toEqual([]);
  });

  it('should note 930 元 collected against a 0 in 表二, as 0.093 万元', () => {
    expect(active(withTableFee('0'))).toEqual([['not-in-table', 'info', 'active.fees.amount', 0.093, 0]]);
  });

  it('should say nothing when 0 元 is collected, nor when 表二 is "/"', () => {
    expect(active(withTableFee('0', feeText('4', '50990元', '0元')))).toEqual([]);
    expect(active(withTableFee('/'))).toEqual([]);
  });
});

describe('fee-active-table without 表二’s fee row', () => {
  it('should say nothing, and not fail, when 表二 prints no 行政事业性收费 row (seed 003, the row cut out)', () => {
    const text = seedText('003');
    const row = '\t行政事业性收费\n\t28983.0794\n';
    expect(text).toContain(row);
    const { extraction } = checkText(text.replace(row, ''), 'https://www.bjtzh.gov.cn/003.html');
    expect(extraction.tables.active).not.toBeNull();
    expect(extraction.tables.active?.fees).toBeUndefined();
    expect(active(text.replace(row, ''))).toEqual([]);
  });

  it('should say nothing, and not fail, when the report has no 表二 at all (seed 003, the table cut out)', () => {
    const text = seedText('003');
    const start = text.indexOf('\t第二十条第（一）项');
    const end = text.indexOf('三、收到和处理政府信息公开申请情况');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const cut = text.slice(0, start) + text.slice(end);
    expect(checkText(cut, 'https://www.bjtzh.gov.cn/003.html').extraction.tables.active).toBeNull();
    // the fee paragraph still says 28,983.0794 万元 collected: no table to hold it against, and no rule-failed
    expect(active(cut)).toEqual([]);
  });
});
